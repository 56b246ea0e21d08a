"""Names, positions, degrees, honorifics and ranks (invented officials)."""

import pytest

from humpro.monitoring.extract import extract_document
from humpro.monitoring.extract.names import soften_capitals, split_degree_token
from humpro.monitoring.extract.people import find_people, split_name_position


def test_required_example_split():
    name, position, degrees = split_name_position(
        "Kepala Biro Humas dan Protokol Setdaprov Sumatera Selatan Rika Efianti, S.E, M.M"
    )
    assert name == "Rika Efianti"
    assert position == "Kepala Biro Humas dan Protokol Setdaprov Sumatera Selatan"
    assert degrees == ["S.E", "M.M"]


@pytest.mark.parametrize(
    ("text", "name", "position", "degrees"),
    [
        (
            "Wakil Bupati Lahat H. Nurdin Saleh SH menerima tamu",
            "Nurdin Saleh",
            "Wakil Bupati Lahat",
            ["SH"],
        ),
        (
            "Kepala Dinas Kesehatan Kota Padang dr. Rina Hartati, M.Kes mengatakan",
            "Rina Hartati",
            "Kepala Dinas Kesehatan Kota Padang",
            ["dr.", "M.Kes"],
        ),
        (
            "Plt Kepala Dinas Pekerjaan Umum Bina Marga Provinsi Jambi, Budi Santoso, Senin",
            "Budi Santoso",
            "Plt Kepala Dinas Pekerjaan Umum Bina Marga Provinsi Jambi",
            [],
        ),
        (
            "Kepala Badan Kepegawaian Kabupaten Bogor Tuti Alawiyah, SKM.M.Si hadir",
            "Tuti Alawiyah",
            "Kepala Badan Kepegawaian Kabupaten Bogor",
            ["SKM", "M.Si"],
        ),
        ("Walikota Lembang, Ahmad Rasyid, menyatakan", "Ahmad Rasyid", "Walikota Lembang", []),
    ],
)
def test_split_name_position(text, name, position, degrees):
    assert split_name_position(text) == (name, position, degrees)


def test_rank_and_honorific_are_kept_apart():
    people = find_people(
        [
            "Kapolsek Sukaraja AKP Dedi Kurniawan membenarkan kejadian itu.",
            "Gubernur Jambi H.Hasan Basri membuka acara.",
        ]
    )
    by_name = {p.name: p for p in people}
    assert by_name["Dedi Kurniawan"].rank == "AKP"
    assert by_name["Dedi Kurniawan"].position == "Kapolsek Sukaraja"
    assert by_name["Hasan Basri"].honorifics == ["H."]
    assert by_name["Hasan Basri"].position == "Gubernur Jambi"


def test_unknown_place_learned_from_the_article():
    paras = [
        "Pemerintah Provinsi Nusa Makmur menggelar rapat.",
        "Gubernur Nusa Makmur Hendra Wiratama membuka rapat di Provinsi Nusa Makmur.",
    ]
    (person,) = find_people(paras)
    assert (person.name, person.position) == ("Hendra Wiratama", "Gubernur Nusa Makmur")


def test_surname_mentions_merge_and_role_words_give_no_position():
    paras = [
        "Ketua Umum Asosiasi Kepala Desa Kabupaten Bogor Johan Pratama mengatakan panen naik.",
        "Menurut Pratama, harga stabil.",
        "Warga setempat, Siti Aminah, mengaku senang.",
    ]
    people = find_people(paras)
    assert [p.name for p in people] == ["Johan Pratama", "Siti Aminah"]
    assert people[1].position is None and people[1].note == "Warga setempat"


def test_degree_tokens():
    assert split_degree_token("SKM.M.Si") == ["SKM", "M.Si"]
    assert split_degree_token("S.E") == ["S.E"]
    assert split_degree_token("Budi") is None


def test_role_noun_before_an_appositive_office_is_not_a_name():
    text = (
        "Narasumber kedua, Kabid Informasi Publik Hendra Wijaya, menjelaskan tugas pengelola "
        "informasi. Pemandu, Kasubag Protokol Rini Lestari, membuka sesi tanya jawab."
    )
    people = {p.name: p.position for p in find_people([text])}
    assert people == {
        "Hendra Wijaya": "Kabid Informasi Publik",
        "Rini Lestari": "Kasubag Protokol",
    }


def test_unit_word_of_another_office_is_not_a_person():
    paragraphs = [
        "Hadir sebagai pemateri Kabag Kominda dan Sandi, Yohanes Bria, serta Kabag Umum, Sarah Nenobais.",
        "Dalam sesi kedua juga disinggung Kabag Kominda, soal pengelolaan persandian di daerah.",
    ]
    names = [p.name for p in find_people(paragraphs)]
    assert names == ["Yohanes Bria", "Sarah Nenobais"]


def test_single_word_name_after_office_is_kept():
    paragraphs = ["Kepala Desa Sukamaju, Mursidi, mengatakan warga sudah menerima bantuan beras."]
    people = find_people(paragraphs)
    assert [(p.name, p.position) for p in people] == [("Mursidi", "Kepala Desa Sukamaju")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # degrees right after the comma are no name
            "Sambutan dibacakan Plt. Kajari Ogan Ilir Hendri Kurnia, SH., MH di aula kantor bupati.",
            [("Hendri Kurnia", "Plt. Kajari Ogan Ilir", ["SH", "MH"])],
        ),
        (  # a common misspelling of Asisten, with its roman numeral
            "Rapat dihadiri Assisten II Setda Lahat, Ir. Yusri Hamdan, dan para camat.",
            [("Yusri Hamdan", "Assisten II Setda Lahat", ["Ir."])],
        ),
        (  # a company marked by its acronym ends the office
            "kata pria yang menjabat sebagai Direktur Utama PT Sinar Deli Perkasa (SDP) itu.",
            [],
        ),
        (  # "menjabat" after filler words; the sentence ends the office
            "Kala itu, Rahmat Hidayat saat itu menjabat Direktur Keuangan Perumda Tirta Musi. Rahmat kini ditahan.",
            [("Rahmat Hidayat", "Direktur Keuangan Perumda Tirta Musi", [])],
        ),
    ],
)
def test_office_boundaries(text, expected):
    assert [(p.name, p.position, p.degrees) for p in find_people([text])] == expected


def test_title_case_subhead_gives_no_names():
    paragraphs = ["Wali Murid Kelas IX Akui Ada Iuran Gedung", "Kepala SMPN 2 Lahat, Darmawan, membantah ada pungutan."]
    assert [(p.name, p.position) for p in find_people(paragraphs)] == [("Darmawan", "Kepala SMPN 2 Lahat")]


def test_resident_of_a_place_then_the_name():
    people = find_people(["Warga Sukamulya, Asep Kurniawan, mengaku kecewa dengan pelayanan puskesmas."])
    assert [(p.name, p.position, p.note) for p in people] == [("Asep Kurniawan", None, "Warga Sukamulya")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Yanto Saputra selaku Kepala Dinas Perhubungan Kabupaten Empat Lawang mengatakan arus mudik lancar.",
            ("Yanto Saputra", "Kepala Dinas Perhubungan Kabupaten Empat Lawang", None),
        ),
        (
            "Hadir pula Mega Lestari yang juga Ketua TP PKK Kabupaten Empat Lawang.",
            ("Mega Lestari", "Ketua TP PKK Kabupaten Empat Lawang", None),
        ),
        (
            "Kapolres Empat Lawang AKBP Yudi Kurniawan, S.I.K., M.H. memimpin apel pasukan.",
            ("Yudi Kurniawan", "Kapolres Empat Lawang", "AKBP"),
        ),
        (
            "Dandim 0405/Lahat Letkol Inf Wahyu Nugroho hadir dalam acara tersebut.",
            ("Wahyu Nugroho", "Dandim 0405/Lahat", "Letkol Inf"),
        ),
        (
            "Kepala Bidang Bina Marga pada Dinas PUPR Empat Lawang, Andika Saputra, menjelaskan rencana itu.",
            ("Andika Saputra", "Kepala Bidang Bina Marga pada Dinas PUPR Empat Lawang", None),
        ),
    ],
)
def test_offices_after_the_name_ranks_and_unit_numbers(text, expected):
    assert [(p.name, p.position, p.rank) for p in find_people([text])] == [expected]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # Batak "br" inside the name; "Taput" after an agency is a place of this article
            [
                "Wakil Ketua DPRD Taput Rosmaida br Hutabarat meninjau jembatan.",
                "Tigor Simanjuntak, S.T., Kabid Bina Marga Dinas PUPR Taput, menjelaskan pekerjaan.",
            ],
            [
                ("Rosmaida br Hutabarat", "Wakil Ketua DPRD Taput", []),
                ("Tigor Simanjuntak", "Kabid Bina Marga Dinas PUPR Taput", ["S.T"]),
            ],
        ),
        (  # "St." (Sitti) is part of the name; roman numeral units in the office
            [
                "Kadis Sosial Pinrang Hj. St. Aminah, S.Sos menyerahkan bantuan.",
                "Apel dipimpin Inspektur Kodam (Irdam) XIV/Hasanuddin, Brigjen TNI Arman Syahputra, di lapangan.",
            ],
            [
                ("St. Aminah", "Kadis Sosial Pinrang", ["S.Sos"]),
                ("Arman Syahputra", "Inspektur Kodam (Irdam) XIV/Hasanuddin", []),
            ],
        ),
        (  # a qualifier after the office; a village head named by place only is nobody
            [
                "Anggota DPRD Pinrang dari daerah pemilihan Duampanua, Hj. Nurlela Saing, menilai dinas lamban.",
                "Polisi menahan Kepala Desa Bunga Tanjung, Kecamatan Lembang, berinisial AS (50).",
            ],
            [("Nurlela Saing", "Anggota DPRD Pinrang", [])],
        ),
        (  # community groups are offices
            ["Ketua Kelompok Tani Sumber Rejeki Desa Lanrang, Mappiasse, mengatakan pupuk langka."],
            [("Mappiasse", "Ketua Kelompok Tani Sumber Rejeki Desa Lanrang", [])],
        ),
    ],
)
def test_regional_naming_conventions(paragraphs, expected):
    assert [(p.name, p.position, p.degrees) for p in find_people(paragraphs)] == expected


def test_name_in_parentheses_is_an_alias_not_another_person():
    people = find_people(
        [
            "Ketua Yayasan Vihara Dharma, Hartono Wijaya (Oey Kim Liong), mengatakan perayaan berjalan lancar.",
            "Oey Kim Liong menambahkan panitia menyiapkan 40 relawan.",
        ]
    )
    assert [(p.name, p.position) for p in people] == [("Hartono Wijaya", "Ketua Yayasan Vihara Dharma")]
    assert "Oey Kim Liong" in people[0].aliases


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Warga Pekon Sukaraja, Marjuki (58), yang hadir dalam acara itu bercerita panjang.",
            ("Marjuki", None, []),
        ),
        (
            "Peresmian dihadiri Camat Pulau Panggung Yusuf Hamdani, S.STP, serta para kepala pekon.",
            ("Yusuf Hamdani", "Camat Pulau Panggung", ["S.STP"]),
        ),
        (
            "Ketua PGRI Lombok Tengah, Lalu Ahmad Fadli, M.Pd, menilai keterlambatan itu merugikan guru.",
            ("Lalu Ahmad Fadli", "Ketua PGRI Lombok Tengah", ["M.Pd"]),
        ),
        (
            "Prakirawan BMKG Sultan Thaha, Rina Oktaviani, S.Tr., mengatakan hujan masih turun.",
            ("Rina Oktaviani", "Prakirawan BMKG Sultan Thaha", ["S.Tr"]),
        ),
        (
            "Laporan diserahkan Kepala BPK Perwakilan Jambi, Yosef Manalu, S.E., M.Ak., Ak., CA, kepada bupati.",
            ("Yosef Manalu", "Kepala BPK Perwakilan Jambi", ["S.E", "M.Ak", "Ak", "CA"]),
        ),
        (
            "Doa dipimpin KH. Mahfud Ridwan, pengasuh Pondok Pesantren Nurul Huda Kebasen.",
            ("Mahfud Ridwan", "pengasuh Pondok Pesantren Nurul Huda Kebasen", []),
        ),
        (
            "Sri Wulandari, S.Pd. (31), guru honorer di SDN 2 Pringgasela, mengatakan honornya belum cair.",
            ("Sri Wulandari", "guru honorer di SDN 2 Pringgasela", ["S.Pd"]),
        ),
        (
            "Kritik itu disampaikan juru bicara Fraksi PAN, Ir. Hasanuddin, M.Si. Ia meminta bupati hadir.",
            ("Hasanuddin", "juru bicara Fraksi PAN", ["Ir.", "M.Si"]),
        ),
        ("Korban Maryati mengaku lega motornya kembali.", ("Maryati", None, [])),
    ],
)
def test_more_naming_conventions(text, expected):
    assert [(p.name, p.position, p.degrees) for p in find_people([text])] == [expected]


def test_office_closing_a_sentence_takes_no_name_from_the_next():
    text = "Tes cepat juga diberikan kepada anggota Dewan Perwakilan Rakyat (DPR) RI. Rapid test itu dikritik dokter."
    assert find_people([text]) == []


def test_enumeration_of_mostly_known_people_completes_the_list():
    paragraphs = [
        "Dewan juri babak seleksi meliputi Cengiz Aktoprak, Mustafa Kara, Kalandar Sogogu, Bulent Yilmaz, "
        "dan Ferhat Essiz."
    ]
    assert sorted(p.name for p in find_people(paragraphs)) == [
        "Bulent Yilmaz",
        "Cengiz Aktoprak",
        "Ferhat Essiz",
        "Kalandar Sogogu",  # found by no other rule: the list makes it a person
        "Mustafa Kara",
    ]


def test_enumeration_of_bodies_adds_nobody_and_company_suffixes_are_no_names():
    paragraphs = [
        "Rapat dihadiri Dinas Kesehatan, Dinas Sosial, Badan Pusat Statistik, dan Camat Seruni Dodi Firmansyah.",
        "Perusahaan itu anak usaha Nusantara Asia Holdings Limited yang berkantor di Singapura.",
    ]
    assert [(p.name, p.position) for p in find_people(paragraphs)] == [("Dodi Firmansyah", "Camat Seruni")]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ["Dikonfirmasi terpisah, Ir. Dedi Kurniawan (Kadis PUPR Ogan Ilir) mengakui ruas itu rusak."],
            [("Dedi Kurniawan", "Kadis PUPR Ogan Ilir", None, [])],
        ),
        (
            ["Sebanyak 12 saksi diperiksa, termasuk Camat Pagar Gunung saat itu, Hermansyah Putra."],
            [("Hermansyah Putra", "Camat Pagar Gunung", None, [])],
        ),
        (
            [
                "Bantuan dibagikan Irwan Setiadi bersama Dandim 0402 Letkol Inf Joko Prasetyo. "
                "Irwan adalah Kepala Pelaksana BPBD Ogan Ilir."
            ],
            [
                ("Irwan Setiadi", "Kepala Pelaksana BPBD Ogan Ilir", None, []),
                ("Joko Prasetyo", "Dandim 0402", "Letkol Inf", []),
            ],
        ),
        (
            ["Kader posyandu Kelurahan Talang, Ny. Marlina, mengaku senang. “Insya Allah kami rawat,” ujarnya."],
            [("Marlina", None, None, ["Ny."])],
        ),
        (
            ["Bantuan diterima Ketua Kelompok Tani Sido Rukun, Sukijo, bersama anggota Parmin dan Sutinah."],
            [
                ("Sukijo", "Ketua Kelompok Tani Sido Rukun", None, []),
                ("Parmin", None, None, []),
                ("Sutinah", None, None, []),
            ],
        ),
    ],
)
def test_offices_named_later_in_brackets_or_in_lists(paragraphs, expected):
    people = find_people(paragraphs)
    assert [(p.name, p.position, p.rank, p.honorifics) for p in people] == expected


def test_generic_list_of_companies_adds_no_people():
    people = find_people(["Operator yang sudah menggelar 5G antara lain Telkomsel, XL Axiata, dan Indosat Ooredoo."])
    names = {p.name for p in people}
    assert not names & {"Telkomsel", "XL Axiata"}  # the list rule needs half of the items to be people


def test_one_letter_misspelling_is_the_same_person_but_similar_names_stay_apart():
    from humpro.monitoring.extract.people import Person, merge_variants

    merged = merge_variants([Person("Hendrik Sitompul", "Kepala Dinas Pendidikan Seluma"), Person("Hendrick")])
    assert [p.name for p in merged] == ["Hendrik Sitompul"] and merged[0].aliases == {"Hendrick"}
    kept = merge_variants([Person("Wahyudi Santoso", "Kepala Bidang SD"), Person("Wahyuni")])
    assert [p.name for p in kept] == ["Wahyudi Santoso", "Wahyuni"]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # lower-case court offices before a name, and continuing a capitalised one
            [
                "Ketua majelis hakim Dr. Bonar Sitompul, S.H. didampingi hakim anggota Ratna Dewi Lubis, S.H.",
                "Dari Kejari hadir jaksa penuntut umum Teguh Wibisono.",
            ],
            [
                ("Bonar Sitompul", "Ketua majelis hakim"),
                ("Ratna Dewi Lubis", "hakim anggota"),
                ("Teguh Wibisono", "jaksa penuntut umum"),
            ],
        ),
        (  # a witness (role word) with an office after the name; a lower-case office tied to a body
            [
                "Saksi pertama, Rahmat Hidayat, Direktur CV Bumi Sentosa Raya, mengaku menyetor uang.",
                "Saksi kedua, Lina Marlina, S.E., bendahara pengeluaran Dinas PUPR Blora, membantah.",
            ],
            [
                ("Rahmat Hidayat", "Direktur CV Bumi Sentosa Raya"),
                ("Lina Marlina", "bendahara pengeluaran Dinas PUPR Blora"),
            ],
        ),
        (  # lower-case qualifiers between a role and its body
            ["Calon kedua, Prof. Dr. Wahyu Hidayat, S.H., guru besar hukum pidana Universitas Jember, menjawab."],
            [("Wahyu Hidayat", "guru besar hukum pidana Universitas Jember")],
        ),
        (  # an agency whose name is a list of fields, closed by "dan"
            [
                "Kepala Dinas Pariwisata, Pemuda dan Olahraga Kabupaten Sintang, Drs. Yohanes Ukat, M.Si, hadir.",
                "Kepala Dinas Kesehatan, Andi Setiawan, meninjau puskesmas.",
            ],
            [
                ("Yohanes Ukat", "Kepala Dinas Pariwisata, Pemuda dan Olahraga Kabupaten Sintang"),
                ("Andi Setiawan", "Kepala Dinas Kesehatan"),
            ],
        ),
        (  # "dan" inside an office, up to the title; a school number; "lainnya"
            [
                "Wakil Menteri Koperasi dan Usaha Kecil Dr. Ir. Hendra Gunadi meninjau pasar.",
                "Ia didampingi Kepala SDN Kebon Jeruk 05 Sri Wulandari.",
                "Anggota Komisi II lainnya, Yohana Sembiring, mempertanyakan data itu.",
            ],
            [
                ("Hendra Gunadi", "Wakil Menteri Koperasi dan Usaha Kecil"),
                ("Sri Wulandari", "Kepala SDN Kebon Jeruk 05"),
                ("Yohana Sembiring", "Anggota Komisi II"),
            ],
        ),
        (  # office given in the next sentence with a pronoun; abbreviated national and unit offices
            [
                "Paparan disampaikan Markus Tampubolon. Ia merupakan Deputi Kepala Perwakilan Bank Indonesia"
                " Provinsi Riau.",
                "Dirjen Bina Marga Kementerian PUPR Rudy Hartono dan Kasi Pidsus Kejari Dumai Feri Alamsyah hadir.",
            ],
            [
                ("Markus Tampubolon", "Deputi Kepala Perwakilan Bank Indonesia Provinsi Riau"),
                ("Rudy Hartono", "Dirjen Bina Marga Kementerian PUPR"),
                ("Feri Alamsyah", "Kasi Pidsus Kejari Dumai"),
            ],
        ),
        (  # a nickname after "alias" is not another person; a list of villages is not a name
            [
                "Jaksa menuntut terdakwa, Darman Effendi alias Ucok (41), dengan 12 tahun penjara.",
                "Warga Desa Sukamaju, Sungai Rambai dan Teluk Bayur menolak tambang.",
            ],
            [("Darman Effendi", None)],
        ),
        (  # a country before a name belongs to the office
            ["Perdana Menteri Malaysia Anwar Salleh bertemu presiden."],
            [("Anwar Salleh", "Perdana Menteri Malaysia")],
        ),
    ],
)
def test_court_offices_appositives_and_long_agency_names(paragraphs, expected):
    assert sorted((p.name, p.position or "") for p in find_people(paragraphs)) == sorted(
        (name, position or "") for name, position in expected
    )


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # agency short forms and police units belong to the office
            [
                "Plt Kadis Disdukcapil Arfan Siregar dan Kasat Resnarkoba Polres Asahan AKP Dedi Purba hadir.",
                "Sekdis Kesehatan Kota Binjai, Lestari Ginting, S.KM, menambahkan data.",
            ],
            [
                ("Arfan Siregar", "Plt Kadis Disdukcapil"),
                ("Dedi Purba", "Kasat Resnarkoba Polres Asahan"),
                ("Lestari Ginting", "Sekdis Kesehatan Kota Binjai"),
            ],
        ),
        (  # a list of places opened by an administrative unit holds no people
            [
                "Kepala Desa Sukaraja, Rohman Hakim, menerima aduan warga dari Kelurahan Sidomulyo, Tanjung Harapan"
                " Indah dan Rawa Bening Permai.",
                "Lansia, ibu hamil dan balita didahulukan.",
            ],
            [("Rohman Hakim", "Kepala Desa Sukaraja")],
        ),
        (  # ... but a town before "Name," closes an office, not a list
            ["Kepala Bapperida Kota Madiun, Sri Handayani Putri, menjelaskan program itu."],
            [("Sri Handayani Putri", "Kepala Bapperida Kota Madiun")],
        ),
        (  # a faction is part of a council member's office (an electoral district is not, see above)
            ["Anggota DPRD Sinjai dari Fraksi Partai Hanura, Andi Baso Tenri, menilai data itu keliru."],
            [("Andi Baso Tenri", "Anggota DPRD Sinjai dari Fraksi Partai Hanura")],
        ),
    ],
)
def test_agency_short_forms_and_lists_of_places(paragraphs, expected):
    assert sorted((p.name, p.position or "") for p in find_people(paragraphs)) == sorted(
        (name, position or "") for name, position in expected
    )


def test_full_name_found_later_completes_a_one_word_office_holder():
    people = find_people(
        [
            "Sidang menghadirkan jaksa penuntut umum Komisi Pemberantasan Korupsi, Yosef Lumbantobing"
            " dan Meilinda Hasibuan.",
            "Jaksa Meilinda lalu memutar rekaman percakapan.",
        ]
    )
    names = [p.name for p in people]
    assert "Meilinda Hasibuan" in names and "Meilinda" not in names and "Korupsi" not in names


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # a rank a few unknown words after the office; "Fitri" is a name
            [
                "Direktur Reserse Narkoba Polda Riau Kombes Pol Andreas Sitepu, S.I.K. mengatakan.",
                "Rapat dipimpin Ketua PGRI Cabang Muara Bungo Hj. Dewi Fitri, S.Pd.",
            ],
            [
                ("Andreas Sitepu", "Direktur Reserse Narkoba Polda Riau"),
                ("Dewi Fitri", "Ketua PGRI Cabang Muara Bungo"),
            ],
        ),
        (  # a one-word name with "selaku"; a court office before a name is not a place
            [
                "Suparjo selaku Kepala Desa Karangrejo mengapresiasi petugas.",
                "Di hadapan Ketua Majelis Hakim Antonius Gultom, Darto mengaku menerima uang.",
            ],
            [("Suparjo", "Kepala Desa Karangrejo"), ("Antonius Gultom", "Ketua Majelis Hakim")],
        ),
        (  # the name of a body or a neighbourhood unit before the comma belongs to the office
            [
                "Ketua Kelompok Tani Sri Rejeki, Paijo, mengatakan panen mundur.",
                "Ketua RT 03 RW 07, Sarinah, mengeluhkan sampah.",
            ],
            [("Paijo", "Ketua Kelompok Tani Sri Rejeki"), ("Sarinah", "Ketua RT 03 RW 07")],
        ),
        (  # a district named once after "Kecamatan" is a place; a misspelt short form is the same person
            [
                "Jembatan menghubungkan Dusun Toro dengan Kecamatan Pinang Sebatang.",
                "Camat Pinang Sebatang Abdul Karim Lasiru hadir bersama Kabid SMP Dinas Pendidikan,"
                " Maria Goretti Sumarni.",
                "Maria Gorety meminta sekolah tidak memungut biaya.",
            ],
            [("Abdul Karim Lasiru", "Camat Pinang Sebatang"), ("Maria Goretti Sumarni", "Kabid SMP Dinas Pendidikan")],
        ),
    ],
)
def test_ranks_after_long_offices_selaku_and_short_forms(paragraphs, expected):
    assert sorted((p.name, p.position or "") for p in find_people(paragraphs)) == sorted(
        (name, position or "") for name, position in expected
    )


def test_country_after_a_role_word_is_not_part_of_the_name():
    people = find_people(["Penyanyi Korea Selatan Park Min-ji menggelar konser di Jakarta, Sabtu."])
    assert [(p.name, p.note) for p in people] == [("Park Min-ji", "Penyanyi Korea Selatan")]


def test_district_named_with_its_unit_is_a_place_in_the_office():
    people = find_people(
        ["Jembatan itu berada di Kecamatan Dolo Selatan.", "Camat Dolo Selatan Ahmad Rizal Lamaronta meninjau lokasi."]
    )
    assert [(p.name, p.position) for p in people] == [("Ahmad Rizal Lamaronta", "Camat Dolo Selatan")]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        (  # the name in parentheses after the office; a short form in parentheses is not a name
            "Kegiatan dibuka Kepala Dinas Pendidikan (Drs. H. Sumarno, M.Pd) di aula dan Bupati Lahat"
            " (Cik Ujang) di lapangan.",
            [("Sumarno", "Kepala Dinas Pendidikan", ["Drs.", "M.Pd"]), ("Cik Ujang", "Bupati Lahat", [])],
        ),
        (
            "Kepala Dinas Kesehatan (Dinkes) Kota Pagaralam, Budi Hartono, meninjau posyandu.",
            [("Budi Hartono", "Kepala Dinas Kesehatan (Dinkes) Kota Pagaralam", [])],
        ),
        (  # a ministry's field is part of the office, not a name ("Luar")
            "Menteri Luar Negeri Retno Wulandari dan Wamendagri Sugiono Pratama hadir.",
            [("Retno Wulandari", "Menteri Luar Negeri", []), ("Sugiono Pratama", "Wamendagri", [])],
        ),
        (  # a degree cut off from its name at the end of the text is not a person
            "Sambutan disampaikan oleh Ketua Umum KONI, Ir.",
            [],
        ),
        (  # a word after two offices of a place is the place ("Camat Parigi, Kapolsek Parigi")
            "Rapat dihadiri Camat Parigi, Kapolsek Parigi dan Danramil setempat.",
            [],
        ),
    ],
)
def test_parenthesised_names_ministry_fields_and_place_words(paragraph, expected):
    people = find_people([paragraph])
    assert [(p.name, p.position, p.degrees) for p in people] == expected


def test_crf_names_with_a_particle_or_a_given_name_that_is_also_a_village():
    # "Bambang" is also a village name, and "br" (boru) sits inside Batak names
    people = find_people(
        ["Hadir pula Bambang Triyono dan Slamet Riyadi, serta tokoh adat Ulina br Ginting di lokasi."]
    )
    assert [p.name for p in people] == ["Bambang Triyono", "Slamet Riyadi", "Ulina br Ginting"]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        (  # a commission's letter and a military unit code belong to the office
            "Anggota Komisi B dari Fraksi Partai Demokrat, Sitti Rahmawati Tahir, meminta skema tertulis.",
            [("Sitti Rahmawati Tahir", "Anggota Komisi B dari Fraksi Partai Demokrat")],
        ),
        (  # "Agung" opens names though it ends bodies ("Mahkamah Agung")
            "Turut hadir Dandim 0410/Lahat Letkol Inf Agung Wicaksono dan Kapolres Lahat AKBP Rio Saputra.",
            [("Agung Wicaksono", "Dandim 0410/Lahat"), ("Rio Saputra", "Kapolres Lahat")],
        ),
        (  # a capitalised connector before a lower-case office; "Terpisah," is not a name
            "Sementara juru bicara Fraksi PKB, Muh. Rizal Fahmi, menyoroti belanja pegawai. Terpisah, Kasat Pol PP"
            " Lahat, Dedi Kurnia, menyebut pedagang akan ditata.",
            [("Muh. Rizal Fahmi", "juru bicara Fraksi PKB"), ("Dedi Kurnia", "Kasat Pol PP Lahat")],
        ),
        (  # heads of hamlets and Acehnese villages; "Tgk." is an honorific
            "Kepala Dukuh Ngablak, Parjiman, dan Keuchik Gampong Lam Ara, Tgk. Zulfikar Hamid, hadir.",
            [("Parjiman", "Kepala Dukuh Ngablak"), ("Zulfikar Hamid", "Keuchik Gampong Lam Ara")],
        ),
        (  # "Perum" and "Kanwil" are words of a body
            "Pemimpin Wilayah Perum Bulog Kanwil Sumsel Babel, Hendra Gunawan, memastikan stok aman.",
            [("Hendra Gunawan", "Pemimpin Wilayah Perum Bulog Kanwil Sumsel Babel")],
        ),
        (  # a town and its district after "warga" set off by commas: no one named there
            "Sumarni Lubis (52), warga Medan Johor, mengaku sudah tiga kali datang.",
            [("Sumarni Lubis", None)],
        ),
    ],
)
def test_commission_letters_unit_codes_connectors_and_hamlet_heads(paragraph, expected):
    assert [(p.name, p.position) for p in find_people([paragraph])] == expected



@pytest.mark.parametrize(
    "paragraph, expected",
    [
        (  # the faction closes the sentence: the next sentence's office is not part of it
            "Rombongan didampingi Ratna Dewi, anggota Komisi II dari Fraksi Gerindra. Sekretaris DLH Kukar,"
            " Dra. Wulan Sari, M.Si, menjelaskan.",
            [("Ratna Dewi", "anggota Komisi II dari Fraksi Gerindra"), ("Wulan Sari", "Sekretaris DLH Kukar")],
        ),
        (  # "setempat" closes an office, also after a short form in parentheses
            "Ketua Badan Permusyawaratan Desa (BPD) setempat, Sahlan, mengaku heran.",
            [("Sahlan", "Ketua Badan Permusyawaratan Desa (BPD) setempat")],
        ),
        (  # "Hakim" inside a name
            "Wali Kota Jambi Irwan Hakim Siregar meresmikan gedung sekolah itu.",
            [("Irwan Hakim Siregar", "Wali Kota Jambi")],
        ),
        (  # short forms of an office, and bodies, are not names
            "Pencanangan dihadiri Kepala Dinas Kesehatan (Kadikes) Lotim dr. H. Zainal Arifin, M.Kes., dan Kepala"
            " Kantor Bea Cukai.",
            [("Zainal Arifin", "Kepala Dinas Kesehatan (Kadikes) Lotim")],
        ),
    ],
)
def test_sentence_closing_qualifiers_setempat_and_office_words_in_names(paragraph, expected):
    assert [(p.name, p.position) for p in find_people([paragraph])] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        (  # the fields of a "Bidang"/"Fungsi" listed with commas, closed by "dan" and the body
            "Deputi Bidang Pengawasan Pangan, Obat Herbal, dan Kosmetik BPOM, Dra. Lestari Wulandari,"
            " menjelaskan temuan itu.",
            [("Lestari Wulandari", "Deputi Bidang Pengawasan Pangan, Obat Herbal, dan Kosmetik BPOM")],
        ),
        (
            "Koordinator Fungsi Politik, Ekonomi dan Budaya KBRI Manila, Arif Budiman, memastikan semua aman.",
            [("Arif Budiman", "Koordinator Fungsi Politik, Ekonomi dan Budaya KBRI Manila")],
        ),
        (  # names listed after the office are not its fields
            "Kepala Bidang Pemerintahan, Budi Santoso, dan Ani Lestari hadir.",
            [("Budi Santoso", "Kepala Bidang Pemerintahan"), ("Ani Lestari", None)],
        ),
    ],
)
def test_field_lists_inside_an_office(paragraph, expected):
    assert [(p.name, p.position) for p in find_people([paragraph])] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        (  # the party's name and the council's acronym belong to the office
            "Hal itu disampaikan Wakil Ketua Fraksi Partai Demokrat DPRD Sumsel Rudi Hartono di Palembang.",
            [("Rudi Hartono", "Wakil Ketua Fraksi Partai Demokrat DPRD Sumsel")],
        ),
        (
            "Ketua DPW Partai Amanat Nasional Sumsel Ahmad Yani dan Ketua Fraksi Partai Golkar Budi Santoso hadir.",
            [("Ahmad Yani", "Ketua DPW Partai Amanat Nasional Sumsel"), ("Budi Santoso", "Ketua Fraksi Partai Golkar")],
        ),
        (  # units named after an office, with no person: "Kompi BKR" is not a name
            "Ia pernah menjabat Komandan Kompi BKR dan Komandan Batalyon Infanteri di Yogyakarta.",
            [],
        ),
    ],
)
def test_party_names_and_unit_acronyms_belong_to_the_office(paragraph, expected):
    assert [(p.name, p.position) for p in find_people([paragraph])] == expected


def test_minangkabau_adat_title_after_the_name():
    people = find_people(["Wali Nagari Koto Baru, Syafrizal Dt. Rajo Alam, mengatakan jembatan itu rusak."])
    assert [(p.name, p.position, p.honorifics) for p in people] == [
        ("Syafrizal", "Wali Nagari Koto Baru", ["Dt. Rajo Alam"])
    ]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (  # the given name the article uses alone ("kata Tonny") starts the name; "H." is an initial
            [
                "Rektor Universitas Sam Ratulangi Tonny H. Wangania meninjau gedung baru.",
                '"Gedung ini selesai akhir tahun," kata Tonny.',
            ],
            [("Tonny H. Wangania", "Rektor Universitas Sam Ratulangi", [])],
        ),
        (  # an English title; the company's unknown words end where the cue name begins
            [
                "Head of Public Policy PT Maju Digital Indonesia Rina Kartika menyatakan dukungan.",
                '"Kami siap membantu," ujar Rina.',
            ],
            [("Rina Kartika", "Head of Public Policy PT Maju Digital Indonesia", [])],
        ),
        (  # without the cue, "Haji" stays an honorific after an unknown place word
            ["Camat Sukaraja H. Edison Saputra membuka acara itu."],
            [("Edison Saputra", "Camat Sukaraja", [])],
        ),
        (  # a body's word ("Capital") ends the body, the name follows
            ["Ia didampingi Partner Sinar Capital Dedi Wiranata."],
            [("Dedi Wiranata", "Partner Sinar Capital", [])],
        ),
        (  # a lower-case office after the name, with its faction
            ["Hal senada disampaikan Yusuf Hamdani, anggota Komisi IV dari Fraksi Gerindra."],
            [("Yusuf Hamdani", "anggota Komisi IV dari Fraksi Gerindra", [])],
        ),
        (  # an electoral district ("dapil") is not part of the office
            ["Anggota DPRD Sumsel dapil Lahat, Fitrianti Agustinda, meminta perbaikan jalan."],
            [("Fitrianti Agustinda", "Anggota DPRD Sumsel", [])],
        ),
        (  # a sub-district after "Camat"/"Kapolsek" is the place, not a name
            ["Hadir juga Camat Lawang Kidul, Kapolsek Lawang Kidul, dan para kepala desa."],
            [],
        ),
        (  # "dan" plus an acronym inside a ministry's name; "Sekum" is an office
            [
                "Kepala Kantor Wilayah Kementerian Hukum dan HAM Sumsel Ilham Djaya menerima Sekum KONI"
                " Suparman Roman."
            ],
            [
                ("Ilham Djaya", "Kepala Kantor Wilayah Kementerian Hukum dan HAM Sumsel", []),
                ("Suparman Roman", "Sekum KONI", []),
            ],
        ),
        (  # two titles in a row; a lone name closed by a comma after a district qualifier
            [
                "Kepala Dinas Kesehatan Kota Banjarbaru Dr. dr. Wulandari M.Kes membuka acara.",
                "Sementara itu, anggota DPRD Banjarbaru dari daerah pemilihan II, Rusdiansyah, meminta pengawasan.",
            ],
            [
                ("Wulandari", "Kepala Dinas Kesehatan Kota Banjarbaru", ["Dr.", "dr.", "M.Kes"]),
                ("Rusdiansyah", "anggota DPRD Banjarbaru", []),
            ],
        ),
        (  # a degree after a one-word name is not a second name word
            ["Plh Sekda Banjar Ir H Misranto MSi memimpin rapat."],
            [("Misranto", "Plh Sekda Banjar", ["Ir", "MSi"])],
        ),
        (  # ", selaku" and ", yang juga" before the office; "Menurut"/"Mewakili" open a sentence
            [
                "Hendra Kusuma, selaku Kepala Dinas Pariwisata Kaur, menyampaikan laporan.",
                "Menurut Wahyu Prasetya, yang juga Ketua DPD Partai Golkar Kaur, acara itu ramai.",
                "Mewakili Bupati, Asisten I Setda Kaur Hasan Basri membuka kegiatan.",
            ],
            [
                ("Hendra Kusuma", "Kepala Dinas Pariwisata Kaur", []),
                ("Wahyu Prasetya", "Ketua DPD Partai Golkar Kaur", []),
                ("Hasan Basri", "Asisten I Setda Kaur", []),
            ],
        ),
        (  # a role tied to a body, set off from the name by a title
            ["Sebagai narasumber, Dosen Fakultas Hukum Universitas Bengkulu Dr. Firman Mustaqim, SH, M.Hum."],
            [("Firman Mustaqim", "Dosen Fakultas Hukum Universitas Bengkulu", ["Dr.", "SH", "M.Hum"])],
        ),
        (  # two capitals after the office's place are the name's initials; "DPR RI" stays a body
            [
                "Ketua DPRD Jambi RA Sulastri Wijaya memimpin rapat.",
                "Anggota DPR RI Bambang Hariyanto hadir.",
            ],
            [("RA Sulastri Wijaya", "Ketua DPRD Jambi", []), ("Bambang Hariyanto", "Anggota DPR RI", [])],
        ),
        (  # a direction word ends the village's name; the office holds the whole place
            ["Rapat dihadiri Kepala Desa Sukorejo Kidul Sutrisno dan warga."],
            [("Sutrisno", "Kepala Desa Sukorejo Kidul", [])],
        ),
        (  # two unknown words after "Kelurahan", then ", Name,": the words are the place
            ["Ketua RT 07 Kelurahan Talang Rimbo, Sarbini, ikut hadir di ruang rapat."],
            [("Sarbini", "Ketua RT 07 Kelurahan Talang Rimbo", [])],
        ),
        (  # the name the article uses alone is the third of four capitalised words
            ["Direktur BUMDes Sido Rukun Bambang Wiyono memaparkan laba.", '"Laba naik," ujar Bambang.'],
            [("Bambang Wiyono", "Direktur BUMDes Sido Rukun", [])],
        ),
        (  # Balinese names open with "I"/"Ni", not a roman numeral
            ["Kepala Dinas Pariwisata Bali I Gede Ngurah Swajaya membuka acara."],
            [("I Gede Ngurah Swajaya", "Kepala Dinas Pariwisata Bali", [])],
        ),
        (  # "founder sekaligus CEO": two offices; a business's name is not a person's
            ["Lidya Marlina, founder sekaligus CEO Rimba Kaba Coffee, mengatakan ekspor naik."],
            [("Lidya Marlina", "founder sekaligus CEO Rimba Kaba Coffee", [])],
        ),
        (  # Bulog's regional head; a hamlet ("Padukuhan") before the resident's name
            [
                "Turut hadir Pimpinan Wilayah Perum Bulog Jambi, Teguh Santoso.",
                "Dalam sesi tanya jawab, warga Padukuhan Ngasem, Parjiyo, meminta pekerja lokal.",
            ],
            [("Teguh Santoso", "Pimpinan Wilayah Perum Bulog Jambi", []), ("Parjiyo", None, [])],
        ),
        (  # a Title Case phrase in quote marks is a brand, not a person
            ["Olahan itu mereka beri nama “Kaba Honey Lot” dan dijual ke Korea."],
            [],
        ),
        (  # "Lalu" opens a Sasak name after the office's body; "Lalu Lintas" stays an office word
            [
                "Pemimpin Wilayah Perum Bulog Kanwil NTB Lalu Ahmad Fauzan mengatakan stok aman.",
                "Kasat Lalu Lintas Polres Lombok Barat AKP Lalu Muhammad Yusri hadir.",
            ],
            [
                ("Lalu Ahmad Fauzan", "Pemimpin Wilayah Perum Bulog Kanwil NTB", []),
                ("Lalu Muhammad Yusri", "Kasat Lalu Lintas Polres Lombok Barat", []),
            ],
        ),
        (  # a functional post; a division's fields listed before the name
            [
                "Fungsional Statistisi Ahli Madya BPS Jambi, Rudi Hartawan, menyampaikan rilis.",
                "Anggota KPU Jambi Divisi Perencanaan, Data dan Informasi, Sitti Rahmawati, menambahkan.",
            ],
            [
                ("Rudi Hartawan", "Fungsional Statistisi Ahli Madya BPS Jambi", []),
                ("Sitti Rahmawati", "Anggota KPU Jambi Divisi Perencanaan, Data dan Informasi", []),
            ],
        ),
        (  # a nickname after "alias"; what follows it describes the person
            ["Hal senada disampaikan Ahmad Junaedi alias Utuh Jun, relawan dari Desa Sungai Tabuk."],
            [("Ahmad Junaedi", None, [])],
        ),
        (  # a teacher's subject, then her school
            ["Salah satu penerima SK, Siti Khodijah (44), guru Bahasa Indonesia di SMAN 1 Kalitidu, terharu."],
            [("Siti Khodijah", "guru Bahasa Indonesia di SMAN 1 Kalitidu", [])],
        ),
        (  # a form of address ("Mama", "Om") with a nickname is not a second person
            [
                "Petani karet, Yuliana Dehen (52), senang. Ia akrab disapa Mama Rini.",
                "Mama Rini berharap jalan diaspal.",
            ],
            [("Yuliana Dehen", None, [])],
        ),
        (  # customary and church offices; clergy titles are honorifics, not names
            [
                "Tetua adat Desa Oenaek, Markus Tanone, mengalungkan selendang tenun.",
                "RD Fransiskus Sauru, Pastor Paroki Santo Yosef Bade, menyebut gereja sudah menyurati pemda.",
                "Ibadah dipimpin Ketua Majelis Jemaat GMIT Efata Oesao, Pdt. Maria Tefnai, S.Th.",
            ],
            [
                ("Markus Tanone", "Tetua adat Desa Oenaek", []),
                ("Fransiskus Sauru", "Pastor Paroki Santo Yosef Bade", []),
                ("Maria Tefnai", "Ketua Majelis Jemaat GMIT Efata Oesao", ["S.Th"]),
            ],
        ),
        (  # a form of address before a full name is dropped; "Frans X" is Fransiskus Xaverius X
            [
                "Anggota jemaat tertua, Oma Dorkas Henukh (92), ikut memotong tumpeng.",
                "Koordinator aksi, Fransiskus Xaverius Pareira, mengatakan daftar penerima tidak tepat.",
                '"Kami hanya minta daftar dibuka," kata Frans Pareira.',
            ],
            [("Dorkas Henukh", None, []), ("Fransiskus Xaverius Pareira", "Koordinator aksi", [])],
        ),
        (  # a body's name before the office is not a name; "(Persero)" closes a state company's name
            [
                "Dalam rilis Humas Polres Sintang, Kapolres Sintang AKBP Yohanes Benny Sihombing mengatakan.",
                "Hadir General Manager PT ASDP Indonesia Ferry (Persero) Cabang Bakauheni Rudi Santosa serta"
                " perwakilan instansi terkait.",
            ],
            [
                ("Yohanes Benny Sihombing", "Kapolres Sintang", []),
                ("Rudi Santosa", "General Manager PT ASDP Indonesia Ferry (Persero) Cabang Bakauheni", []),
            ],
        ),
        (  # a village after the group's name; an age before the office; a building is not its holder
            [
                "Ketua KWT Melati Desa Sri Kembang, Sulastri (44), mengaku senang.",
                "Keluhan serupa disampaikan Abdul Rahim (57), Ketua RT 11 Kelurahan Sungai Asam. Ia kesal.",
                "Apel digelar di halaman Kantor Bupati OKI, Kayuagung, Rabu (2/8/2023).",
            ],
            [
                ("Sulastri", "Ketua KWT Melati Desa Sri Kembang", []),
                ("Abdul Rahim", "Ketua RT 11 Kelurahan Sungai Asam", []),
            ],
        ),
        (  # "dipimpin langsung X."; the office in the next sentence with "itu"
            ["Apel dipimpin langsung Mukhlis Fadilah. Pj Bupati OKI itu mengingatkan bahaya karhutla."],
            [("Mukhlis Fadilah", "Pj Bupati OKI", [])],
        ),
        (  # Balinese customary offices and noble names; "Agung" here opens no body
            [
                "Bendesa Adat Peguyangan, Anak Agung Gede Raka Putra, menyebut aturan itu sejalan.",
                "Kasatpol PP Badung, I Gusti Agung Ketut Suryawan, S.H., menegaskan penertiban.",
                "Pekaseh Subak Aseman, I Ketut Rauh, menyambut baik bantuan tersebut.",
            ],
            [
                ("Anak Agung Gede Raka Putra", "Bendesa Adat Peguyangan", []),
                ("I Gusti Agung Ketut Suryawan", "Kasatpol PP Badung", ["S.H"]),
                ("I Ketut Rauh", "Pekaseh Subak Aseman", []),
            ],
        ),
        (  # Javanese hamlet head before a lone name; a kiai's and a gus's titles without a full stop
            [
                "Kamituwo Krajan, Sunardi, yang ikut menemui warga, mengaku tidak dilibatkan.",
                "Pengasuh pesantren, KH Hasan Mukhtar, mengenang ayahandanya.",
                "Ketua panitia, Muhammad Wafiq Aziz, yang akrab disapa Gus Wafiq, mengatakan jamaah ramai.",
            ],
            [
                ("Sunardi", "Kamituwo Krajan", []),
                ("Hasan Mukhtar", "Pengasuh pesantren", []),
                ("Muhammad Wafiq Aziz", "Ketua panitia", []),
            ],
        ),
        (  # a form of address before a one-word name given with age, even a name that is also a place
            ["Senyum Mbah Sarmi (76) mengembang saat melihat rumahnya."],
            [("Sarmi", None, [])],
        ),
        (  # the body's acronym, bare or in brackets, closes a long office before the name
            [
                "Komisioner Komisi Perlindungan Anak Indonesia (KPAI) Ratna Juwita Simbolon menyambut itu.",
                "Koordinator Divisi Hukum dan Monitoring Peradilan ICW Yusuf Arif Harahap menyoroti vonis.",
                "Kepala Ekonom PT Bank Mandiri (Persero) Tbk Ridwan Hakim Nasution menilai keputusan itu.",
                "Direktur Departemen Asia dan Pasifik Dana Moneter Internasional (IMF) Haruto Kimura menilai.",
            ],
            [
                ("Ratna Juwita Simbolon", "Komisioner Komisi Perlindungan Anak Indonesia (KPAI)", []),
                ("Yusuf Arif Harahap", "Koordinator Divisi Hukum dan Monitoring Peradilan ICW", []),
                ("Ridwan Hakim Nasution", "Kepala Ekonom PT Bank Mandiri (Persero) Tbk", []),
                ("Haruto Kimura", "Direktur Departemen Asia dan Pasifik Dana Moneter Internasional (IMF)", []),
            ],
        ),
        (  # a faction without a comma; researchers and economists at a body; a retired rank
            [
                "Wakil Ketua Komisi V DPR RI dari Fraksi Partai Golkar Teguh Prasetyo Manulang menyebut jalan rusak.",
                "Namun, ekonom Center of Reform on Economics (CORE) Fikri Ramadan Lubis mengingatkan deflasi.",
                "Pengamat kebijakan publik Universitas Trisakti Dr. Hendra Sitompul menilai rencana itu tergesa-gesa.",
                "Direktur Utama Perum Bulog Mayjen TNI (Purn) Rudi Hartono Gultom mengatakan stok cukup.",
            ],
            [
                ("Teguh Prasetyo Manulang", "Wakil Ketua Komisi V DPR RI dari Fraksi Partai Golkar", []),
                ("Fikri Ramadan Lubis", "ekonom Center of Reform on Economics (CORE)", []),
                ("Hendra Sitompul", "Pengamat kebijakan publik Universitas Trisakti", ["Dr."]),
                ("Rudi Hartono Gultom", "Direktur Utama Perum Bulog", []),
            ],
        ),
        (  # two offices joined by "sekaligus"; a second holder joined by "dan"; a lower-case body type
            [
                "Ketua Panitia Kerja (Panja) RUU sekaligus Wakil Ketua Komisi I DPR RI Dyah Ayu Kartika menyampaikan"
                " laporan.",
                "Rapat dihadiri Deputi Gubernur Ahmad Fauzan Lubis dan Yohana Ratnasari.",
                "Direktur penerbit Lentera Kata, Yudistira Halim, mengatakan hak terjemahan sudah dibeli.",
            ],
            [
                ("Dyah Ayu Kartika", "Ketua Panitia Kerja (Panja) RUU sekaligus Wakil Ketua Komisi I DPR RI", []),
                ("Ahmad Fauzan Lubis", "Deputi Gubernur", []),
                ("Yohana Ratnasari", "Deputi Gubernur", []),
                ("Yudistira Halim", "Direktur penerbit Lentera Kata", []),
            ],
        ),
        (  # Malay and Banjar village offices; a place after the body's acronym, the name after the comma
            [
                "Datuk Penghulu Sungai Bakau Hilir, Wan Azhar, mengatakan warga resah.",
                "Ketua Badan Permusyawaratan Kepenghuluan (Bapekam) Sungai Bakau Hilir, Zulkarnaen, menambahkan.",
                "Ketua Lembaga Adat Melayu (LAM) Riau Kabupaten Rokan Hilir, Wan Kamarudin, meminta hal itu.",
                "Pembakal Desa Tangkas, Ahmad Jumbri, menyambut bantuan.",
            ],
            [
                ("Wan Azhar", "Datuk Penghulu Sungai Bakau Hilir", []),
                ("Zulkarnaen", "Ketua Badan Permusyawaratan Kepenghuluan (Bapekam) Sungai Bakau Hilir", []),
                ("Wan Kamarudin", "Ketua Lembaga Adat Melayu (LAM) Riau Kabupaten Rokan Hilir", []),
                ("Ahmad Jumbri", "Pembakal Desa Tangkas", []),
            ],
        ),
        (  # Batak "br." inside a name
            ["Bagi penenun muda seperti Tiurma br. Nasution (34), pesanan ekspor membuat menenun menarik."],
            [("Tiurma br Nasution", None, [])],
        ),
        (  # a foreign curator with "van den"; the seat of a consulate; the agent after "oleh"; a judge ad hoc
            [
                "Kurator amfibi di Naturalis Biodiversity Center, Dr. Marieke van der Berg, menyebut Sulawesi kaya.",
                "Konsul Australia di Kupang, Rebecca Whitfeld, memutar keran air.",
                "Spesimen pertama ditemukan oleh Nadia Putri Ramadani, yang saat itu masih mahasiswi.",
                "Sidang didampingi hakim ad hoc Tipikor Suwarni Lestiani.",
            ],
            [
                ("Marieke van der Berg", "Kurator amfibi di Naturalis Biodiversity Center", ["Dr."]),
                ("Rebecca Whitfeld", "Konsul Australia di Kupang", []),
                ("Nadia Putri Ramadani", None, []),
                ("Suwarni Lestiani", "hakim ad hoc Tipikor", []),
            ],
        ),
        (  # "AP" (Ahli Pemerintahan) is a degree, not a name's initials
            ["Pj Bupati Muara Enim Kurniawan AP MSi memberi sambutan."],
            [("Kurniawan", "Pj Bupati Muara Enim", ["AP", "MSi"])],
        ),
    ],
)
def test_cue_names_english_titles_and_appositive_offices(paragraphs, expected):
    got = [(p.name, p.position, p.degrees) for p in find_people(paragraphs)]
    assert got == expected


def test_thing_names_places_and_praise_are_not_people():
    paragraphs = [
        "Polres menurunkan 600 personel dalam Operasi Lilin Krakatau 2023 selama 12 hari.",
        "Bupati meresmikan Puskesmas Rawat Inap Naikliu di Amfoang.",
        '"Puji Tuhan, sekarang puskesmas sudah dekat," tutur seorang ibu.',
        "Warga meminta jalan tani di Tinggimoncong dan Tombolo Pao dilanjutkan.",
    ]
    assert find_people(paragraphs) == []


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (  # an occupation that opens a sentence is a role, not the first word of the name
            "Penenun Marlina (47) mengatakan harga benang naik. Petambak Jumadi juga mengatakan hal serupa.",
            [("Marlina", None, "Penenun"), ("Jumadi", None, "Petambak")],
        ),
        (  # the same words in lower case mid-sentence are not read as roles
            "Harga naik bagi konsumen. Sehingga pedagang merugi.",
            [],
        ),
        (  # an office given through a clause after the name and a comma
            "Rahmat Hidayat, yang kini menjabat sebagai Kepala Dinas Sosial Kabupaten Lahat, hadir.",
            [("Rahmat Hidayat", "Kepala Dinas Sosial Kabupaten Lahat", None)],
        ),
    ],
)
def test_sentence_opening_occupations_and_offices_in_a_clause(paragraph, expected):
    got = [(p.name, p.position, p.note) for p in find_people([paragraph])]
    assert got == expected


def test_names_printed_in_capitals_are_read_in_normal_case():
    raw = (
        "Bupati Tinjau Banjir\n\n"
        "LAHAT, Warta Lahat - BUPATI Lahat, HERMAN SUSANTO mengatakan tanggul segera diperbaiki "
        "bersama Dinas PUPR dan BPBD. \"KAMI TIDAK AKAN DIAM,\" tegas Herman.\n"
    )
    out = extract_document(raw, fmt="text")
    assert [(p["name"], p["position"]) for p in out["people"]] == [("Herman Susanto", "Bupati Lahat")]
    assert out["quotes"] == [{"text": "KAMI TIDAK AKAN DIAM", "speaker": "Herman Susanto"}]
    assert "HERMAN SUSANTO" in out["text"]  # the text itself stays as printed
    # acronyms, Roman numerals and headings in capitals stay as they are
    assert soften_capitals("Rapat DPRD OKU dan BPBD PUPR tahap III.") == "Rapat DPRD OKU dan BPBD PUPR tahap III."
    assert soften_capitals("PENYALURAN BANTUAN TAHAP KEDUA") == "PENYALURAN BANTUAN TAHAP KEDUA"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (  # a faction with its acronym in brackets, then a comma and the name
            "Anggota Komisi IX DPR RI dari Fraksi Partai Amanat Nasional (PAN), Yusuf Hamdani, menilai itu.",
            [("Yusuf Hamdani", "Anggota Komisi IX DPR RI dari Fraksi Partai Amanat Nasional (PAN)", None)],
        ),
        (  # a bank's division head
            "Pemimpin Divisi Kepatuhan PT Bank Nagari, Irwan Syahputra, menerima dana itu.",
            [("Irwan Syahputra", "Pemimpin Divisi Kepatuhan PT Bank Nagari", None)],
        ),
        (  # "untuk" inside a coalition's name
            "Koordinator Koalisi Masyarakat Adat untuk Keadilan Agraria, Rini Kusumawati, mengusulkan audit.",
            [("Rini Kusumawati", "Koordinator Koalisi Masyarakat Adat untuk Keadilan Agraria", None)],
        ),
        (  # a party after a role word, then a Balinese name
            "Politikus Partai Golkar I Made Suarjana meminta data dibuka.",
            [("I Made Suarjana", None, "Politikus Partai Golkar")],
        ),
        (  # Yogyakarta's Panewu and Lurah, a lone name closing the sentence; Kapanewon is a place
            "Peresmian dihadiri Panewu Playen, Joko Purnomo, dan Lurah Bleberan, Sukiman. "
            "Warga di Kalurahan Bleberan, Kapanewon Playen, kini lega.",
            [("Joko Purnomo", "Panewu Playen", None), ("Sukiman", "Lurah Bleberan", None)],
        ),
        (  # "Menurut" before a lone name with its office in brackets
            "Menurut Sulastri (Ketua KWT Melati), hasil panen naik.",
            [("Sulastri", "Ketua KWT Melati", None)],
        ),
        (  # a block of a housing estate and "Menurutnya" are not names
            "Lilis Suryani (52), warga Blok D, mengungsi. Menurutnya, air masuk rumah.",
            [("Lilis Suryani", None, None)],
        ),
    ],
)
def test_factions_bank_offices_balinese_names_and_yogyakarta_offices(paragraph, expected):
    got = [(p.name, p.position, p.note) for p in find_people([paragraph])]
    assert got == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Sekda Kabupaten Jember, Dr. Hari Wibisono, M.Si, hadir mewakili bupati.",
            [("Hari Wibisono", "Sekda Kabupaten Jember", ["Dr.", "M.Si"])],
        ),
        ("Advokat Hari Kurniawan mengatakan hal itu.", [("Hari Kurniawan", None, [])]),
        # "Hari" before a weekday, an anniversary or a national day is a day
        ("Hari Senin lalu, Bupati Lahat Budi Santoso meresmikan pasar.", [("Budi Santoso", "Bupati Lahat", [])]),
        ("Pada Hari Pendidikan Nasional, Gubernur Jambi Rudi Hartono memberi sambutan.",
         [("Rudi Hartono", "Gubernur Jambi", [])]),
    ],
)
def test_hari_as_a_given_name(paragraph, expected):
    assert [(p.name, p.position, p.degrees) for p in find_people([paragraph])] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (  # an acting head spelled out with its short form in brackets
            "Musrenbang dibuka Penjabat (Pj) Bupati Lahat Drs H Tri Wibowo MM.",
            [("Tri Wibowo", "Penjabat (Pj) Bupati Lahat")],
        ),
        (  # an agency named by a list of its fields, in an attendance list with a second holder
            "Hadir Kepala Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan "
            "Perlindungan Anak (DP2KBP3A) Lahat Rudi Hartono SSos, Ketua TP PKK Lahat Hj Sri Wahyuni.",
            [
                ("Rudi Hartono", "Kepala Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan "
                 "Perempuan dan Perlindungan Anak (DP2KBP3A) Lahat"),
                ("Sri Wahyuni", "Ketua TP PKK Lahat"),
            ],
        ),
        (  # an office given through a clause, a field list inside it; "dilantik sebagai"
            "Dede Kurnia SSos yang kini menjabat Sekretaris Dinas Pariwisata, Kebudayaan, Kepemudaan dan "
            "Olahraga. Selain itu, Ika Permata SE dilantik sebagai Kabid Anggaran BPKAD.",
            [
                ("Dede Kurnia", "Sekretaris Dinas Pariwisata, Kebudayaan, Kepemudaan dan Olahraga"),
                ("Ika Permata", "Kabid Anggaran BPKAD"),
            ],
        ),
        (  # "yang saat ini menjabat sebagai"; an election officer; a forecaster at a station
            "Tatang Sutisna, yang saat ini menjabat sebagai Kabid SD Dindikbud Lebak, hadir. "
            "Pantarlih TPS 3 Kalurahan Sinduadi, Suparno, mulai bekerja. "
            "Menurut prakirawan BMKG Stasiun Meteorologi Maritim Tegal, Laila Sari, rob masih ada.",
            [
                ("Tatang Sutisna", "Kabid SD Dindikbud Lebak"),
                ("Suparno", "Pantarlih TPS 3 Kalurahan Sinduadi"),
                ("Laila Sari", "prakirawan BMKG Stasiun Meteorologi Maritim Tegal"),
            ],
        ),
        (
            "Ketua Baznas Kabupaten Sleman KH Ahmad Fauzi SAg menyerahkan bantuan.",
            [("Ahmad Fauzi", "Ketua Baznas Kabupaten Sleman")],
        ),
    ],
)
def test_acting_heads_agency_field_lists_and_clause_offices(paragraph, expected):
    assert [(p.name, p.position) for p in find_people([paragraph])] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (  # a time clause between "yang" and "menjabat"; a negation keeps the office away
            "Saksi kedua, Wulan Pratiwi, yang waktu kegiatan berlangsung menjabat Bendahara Pengeluaran "
            "Dinas Perhubungan Kabupaten Lahat, mengaku. Bayu Saputra, yang tidak lagi menjabat Kepala "
            "Bidang Anggaran, menolak berkomentar. Dedi Kurniawan, yang pada 2021 menjabat Camat Merapi "
            "Barat, diperiksa.",
            [
                ("Wulan Pratiwi", "Bendahara Pengeluaran Dinas Perhubungan Kabupaten Lahat"),
                ("Dedi Kurniawan", "Camat Merapi Barat"),
                ("Bayu Saputra", None),
            ],
        ),
        (  # the district set off between the office and the name
            "Kepala Desa Tanjung Harapan, Kecamatan Rambang, Kabupaten Muara Enim, Sapril Hadi, menyebut "
            "jalan desa rusak. Lurah Talang Semut, Kecamatan Bukit Kecil, Dra. Nurlela mengatakan warga "
            "antusias.",
            [("Sapril Hadi", "Kepala Desa Tanjung Harapan"), ("Nurlela", "Lurah Talang Semut")],
        ),
        (  # a head of a regency office by its short form after an acting prefix
            "Plt Kadiskes Yuliana Sembiring memaparkan data stunting.",
            [("Yuliana Sembiring", "Plt Kadiskes")],
        ),
        (  # "Datuk" before the name is a title, as "H." is
            "Ketua Lembaga Adat Melayu Kabupaten Siak, Datuk H. Wan Syahrial, meminta jembatan segera "
            "dibangun.",
            [("Wan Syahrial", "Ketua Lembaga Adat Melayu Kabupaten Siak")],
        ),
        (  # a river basin's name before the name of the basin office's head
            "Kepala BBWS Serayu Opak Rahmat Hidayat menjelaskan debit sungai. Kepala Balai Besar Wilayah "
            "Sungai Pemali Juana Dwi Santoso menambahkan.",
            [
                ("Rahmat Hidayat", "Kepala BBWS Serayu Opak"),
                ("Dwi Santoso", "Kepala Balai Besar Wilayah Sungai Pemali Juana"),
            ],
        ),
        (  # a Balinese name closes the village of a resident; one regency has one Bupati
            "Warga Desa Mas Ni Luh Putu Ariani mengaku senang. Bupati Gianyar I Made Surya dan "
            "Ketut Wirata meninjau pasar.",
            [("Ni Luh Putu Ariani", None), ("I Made Surya", "Bupati Gianyar"), ("Ketut Wirata", None)],
        ),
        (  # a city of two words after "Wali Kota" (one of its words is also a body's word)
            "Wali Kota Pagar Alam Ahmad Fauzan meninjau pasar. Plt Wali Kota Lubuk Linggau Rudi Hartono "
            "hadir. Kepala Desa Kuala Dua Hasanah Usman ikut.",
            [
                ("Ahmad Fauzan", "Wali Kota Pagar Alam"),
                ("Rudi Hartono", "Plt Wali Kota Lubuk Linggau"),
                ("Hasanah Usman", "Kepala Desa Kuala Dua"),
            ],
        ),
    ],
)
def test_clause_offices_set_off_districts_titles_and_basin_offices(paragraph, expected):
    assert [(p.name, p.position) for p in find_people([paragraph])] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # a lower-case qualifier between the office and the body it serves
            ["Saksi lain, bendahara pengeluaran Dinas Perhubungan Lahat Wulan Pratiwi, S.E., menyebut "
             "ada kuitansi ganda. Petugas itu juga menyerahkan buku kas kepada bendahara desa."],
            [("Wulan Pratiwi", "bendahara pengeluaran Dinas Perhubungan Lahat")],
        ),
        (  # a commitment officer with the short form in brackets and a lower-case qualifier
            ["Bupati didampingi Pejabat Pembuat Komitmen (PPK) proyek, Nurhadi Saputra, S.T."],
            [("Nurhadi Saputra", "Pejabat Pembuat Komitmen (PPK) proyek")],
        ),
        (  # a Sasak name after "kuasa hukumnya," ("Lalu" is also a word of "Lalu Lintas")
            ["Melalui kuasa hukumnya, Lalu Ahmad Zaini, SH, pengadu mendalilkan ada selisih suara."],
            [("Lalu Ahmad Zaini", None)],
        ),
        (  # the given name alone after "Menurut", its office in a "yang juga" clause
            ["Baiq Nurul Hidayah hadir dalam sidang.",
             "Menurut Baiq yang juga Anggota KPU Lombok Tengah Divisi Hukum, semua saksi hadir."],
            [("Baiq Nurul Hidayah", "Anggota KPU Lombok Tengah Divisi Hukum")],
        ),
        (  # a Yogyakarta hamlet head ("Dukuh") before the name; the hamlet itself is no office
            ["Lurah Sidoagung, Sumarno, bersama Dukuh Ngentak, Sri Lestari, mendata penerima.",
             "Warga Dukuh Ngentak, Godean, mengeluh. Banjir melanda Dukuh Ngentak dan sekitarnya."],
            [("Sumarno", "Lurah Sidoagung"), ("Sri Lestari", "Dukuh Ngentak")],
        ),
    ],
)
def test_qualified_offices_sasak_names_and_offices_after_menurut(paragraphs, expected):
    assert [(p.name, p.position) for p in find_people(paragraphs)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # Sasak teknonyms are part of the name
            ["Kepala Dusun Lendang Bajur, Amaq Rusni, menuturkan warga mengungsi. Salah seorang pengungsi, "
             "Inaq Sumiati (47), mengaku rumahnya terendam."],
            [("Amaq Rusni", "Kepala Dusun Lendang Bajur"), ("Inaq Sumiati", None)],
        ),
        (  # a time of day before the office is no name
            ["Sekitar pukul 10.30 WIB, Camat Sirah Pulau Padang, Drs. Darmadi, M.Si, tiba di lokasi."],
            [("Darmadi", "Camat Sirah Pulau Padang")],
        ),
        (  # the head named later after the bare office: a person, not a second village
            ["Warga tak kunjung ditemui Kepala Desa Sungai Rambutan, Herman Jaya.",
             "Hingga berita ini diturunkan, Kepala Desa Herman Jaya belum dapat dikonfirmasi."],
            [("Herman Jaya", "Kepala Desa Sungai Rambutan")],
        ),
        (  # the office took the first word of a name given in full elsewhere
            ["Mereka adalah Sekretaris Desa Tri Handayani, S.Kom, dan Kepala Dusun Krajan Joko Purnomo.",
             "Sekretaris Desa yang baru dilantik, Tri Handayani, mengaku senang."],
            [("Tri Handayani", "Sekretaris Desa"), ("Joko Purnomo", "Kepala Dusun Krajan")],
        ),
        (  # one word set off by commas after the village's district and regency
            ["Kepala Desa Bandengan, Kecamatan Kendal, Kabupaten Kendal, Warsito, melantik perangkat desa."],
            [("Warsito", "Kepala Desa Bandengan")],
        ),
        (  # bodies: an association, a special committee; a hospital named after a doctor; a degree
            ["Ketua Perkumpulan Petani Pemakai Air (P3A) Bandar Laweh, Syamsul, mengatakan air lancar. "
             "Anggota Pansus dari Fraksi Partai Gerindra, Rosdiana br Siregar, mempertanyakan. "
             "Direktur RSUD dr. Doris Sylvanus, dr. Yuliani Kartika, Sp.PD., mengatakan. "
             "Inspektur Pembantu Inspektorat Provinsi Jawa Timur, Bambang Wicaksono, S.E., CFrA, menjelaskan."],
            [
                ("Syamsul", "Ketua Perkumpulan Petani Pemakai Air (P3A) Bandar Laweh"),
                ("Rosdiana br Siregar", "Anggota Pansus dari Fraksi Partai Gerindra"),
                ("Yuliani Kartika", "Direktur RSUD dr. Doris Sylvanus"),
                ("Bambang Wicaksono", "Inspektur Pembantu Inspektorat Provinsi Jawa Timur"),
            ],
        ),
        (  # a hospital named after a titled person; school subjects are no names
            ["Direktur RSUD Prof. Dr. H. Aloei Saboe, dr. Sitti Rahmah Mooduto, Sp.A, mengatakan. Kepala SMA "
             "Negeri 1 Kupang, Drs. Yohanes Naben, menyebut sekolahnya kekurangan guru Matematika dan Kimia."],
            [
                ("Sitti Rahmah Mooduto", "Direktur RSUD Prof. Dr. H. Aloei Saboe"),
                ("Yohanes Naben", "Kepala SMA Negeri 1 Kupang"),
            ],
        ),
    ],
)
def test_village_officers_teknonyms_and_bodies_of_blind21_22(paragraphs, expected):
    assert [(p.name, p.position) for p in find_people(paragraphs)] == expected


def test_an_amount_is_not_a_name():
    paras = ['"Biaya Rp200 ribu itu untuk patok dan materai," ujar Ketua Pokmas Sukajaya, Darman.']
    assert [(p.name, p.position) for p in find_people(paras)] == [("Darman", "Ketua Pokmas Sukajaya")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Kadis PUPR Lahat Ir.H.Bambang Sutrisno,MT mengatakan.", [("Bambang Sutrisno", "Kadis PUPR Lahat")]),
        ("Bupati Lahat Dr.Ir.H.Yusuf Effendi meninjau pasar.", [("Yusuf Effendi", "Bupati Lahat")]),
        ("Sekda Kabupaten Lahat, Ir. H. S.A Rahmadi mengatakan.", [("S.A Rahmadi", "Sekda Kabupaten Lahat")]),
        ("Camat Merapi Barat, Andi Saputra, S.E mengatakan.", [("Andi Saputra", "Camat Merapi Barat")]),
        ("Ketua Komisi II DPRD Lahat H.M Yamin,SIP mengatakan.", [("M. Yamin", "Ketua Komisi II DPRD Lahat")]),
        ("Kabid Kedaruratan, Tamrin, mengatakan.", [("Tamrin", "Kabid Kedaruratan")]),
    ],
)
def test_glued_titles_and_initials_that_open_a_name(paragraph, expected):
    assert [(p.name, p.position) for p in find_people([paragraph])] == expected


def test_forkopimda_list_adat_bodies_and_initialled_bodies():
    paras = [
        "Tampak hadir Kasdam II/Sriwijaya Brigjen TNI Rudi Hartono yang mewakili Pangdam, Ketua Dewan Adat "
        "Dayak (DAD) Kabupaten Sekadau Drs. Yohanes Ngadan, Ketua LKAAM Solok H. Syamsul Rizal Dt. Rajo "
        "Nan Kuniang, Ketua Bundo Kanduang Solok Hj. Elvi Yanti, S.Pd., serta Ketua Partuha Maujana "
        "Simalungun (PMS) Kabupaten Simalungun Drs. Maruli Girsang.",
    ]
    people = find_people(paras)
    assert [(p.name, p.position) for p in people] == [
        ("Rudi Hartono", "Kasdam II/Sriwijaya"),
        ("Yohanes Ngadan", "Ketua Dewan Adat Dayak (DAD) Kabupaten Sekadau"),
        ("Syamsul Rizal", "Ketua LKAAM Solok"),
        ("Elvi Yanti", "Ketua Bundo Kanduang Solok"),
        ("Maruli Girsang", "Ketua Partuha Maujana Simalungun (PMS) Kabupaten Simalungun"),
    ]
    assert "Dt. Rajo Nan Kuniang" in people[2].aliases  # "pesan Dt. Rajo Nan Kuniang" names him


def test_titled_name_with_its_office_in_a_clause():
    paras = ["Andi Wijaya, S.STP. dilantik sebagai Camat Muara Sabak, sementara Dra. Sri Rahayu dilantik "
             "sebagai Sekretaris Dinas Pendidikan. Drs. Budi Santoso yang juga Ketua KONI Jambi hadir."]
    assert [(p.name, p.position) for p in find_people(paras)] == [
        ("Andi Wijaya", "Camat Muara Sabak"),
        ("Sri Rahayu", "Sekretaris Dinas Pendidikan"),
        ("Budi Santoso", "Ketua KONI Jambi"),
    ]


def test_a_student_set_off_after_the_name_is_a_role():
    paras = ["Salah satunya Dinda Ayu Lestari, pelajar SMAN 1 Tanjung Selor peraih medali emas OSN."]
    assert [(p.name, p.position, p.note) for p in find_people(paras)] == [("Dinda Ayu Lestari", None, "pelajar")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Jaksa eksekutor KPK Andika Pratama mengatakan.", [("Andika Pratama", "Jaksa eksekutor KPK")]),
        (
            "Kepala Lapas Kelas I Sukamiskin Bandung Teguh Saputra memastikan hal itu.",
            [("Teguh Saputra", "Kepala Lapas Kelas I Sukamiskin Bandung")],
        ),
        (
            "Duta Besar RI untuk Kamboja Hendra Wibisono, yang ikut mendampingi rombongan, menyebut proses cepat. "
            "Dubes RI untuk Arab Saudi Abdul Aziz menambahkan.",
            [("Hendra Wibisono", "Duta Besar RI untuk Kamboja"), ("Abdul Aziz", "Dubes RI untuk Arab Saudi")],
        ),
        (
            "Sementara itu, Direktur Tindak Pidana Umum Bareskrim Polri Brigjen Pol Hadi Sakti mengatakan.",
            [("Hadi Sakti", "Direktur Tindak Pidana Umum Bareskrim Polri")],
        ),
        (
            "Direktur Penyidikan pada Jaksa Agung Muda Tindak Pidana Khusus (Jampidsus) Kejaksaan Agung Bimo "
            "Aryanto menyebut.",
            [("Bimo Aryanto",
              "Direktur Penyidikan pada Jaksa Agung Muda Tindak Pidana Khusus (Jampidsus) Kejaksaan Agung")],
        ),
        (
            "Anggota tim Biro Hukum KPK Iskandar Marwan membantah. Hakim tunggal Desmon Harianja menjadwalkan "
            "sidang. Majelis kasasi diketuai hakim agung Soeharto Pratikno.",
            [
                ("Iskandar Marwan", "Anggota tim Biro Hukum KPK"),
                ("Desmon Harianja", "Hakim tunggal"),
                ("Soeharto Pratikno", "hakim agung"),
            ],
        ),
        (
            "Kepala SDN 2 Pamulihan Enok Rohayati, S.Pd. mengatakan. Ada 140 kepala keluarga di Dusun Lewara.",
            [("Enok Rohayati", "Kepala SDN 2 Pamulihan")],
        ),
    ],
)
def test_national_legal_offices(paragraph, expected):
    assert [(p.name, p.position) for p in find_people([paragraph])] == expected


def test_south_sumatra_local_copy():
    paras = [
        "Wali Kota Bachtiar Sulaiman meninjau antrean elpiji. Wali Kota Prabumulih itu meminta agen menambah stok.",
        "Namun anggota Komisi IV DPRD Kota Palembang Kms. Muhammad Ridwan menilai penanganan banjir tambal sulam.",
        "Nurlela (44), warga Perumnas Sako, mengaku air masuk rumah. Warga Sungai Rengit Murni, Samsudin yang "
        "ikut melapor, mengaku lega.",
        "Ketua APDESI Kabupaten Muara Enim, Sarwani yang juga Kepala Desa Karang Endah mengapresiasi langkah "
        "Pemkab. Hadir 245 Kepala Desa se-Kabupaten MuaraEnim. Akibatnya, jalan rusak.",
    ]
    assert [(p.name, p.position) for p in find_people(paras)] == [
        ("Bachtiar Sulaiman", "Wali Kota"),
        ("Muhammad Ridwan", "anggota Komisi IV DPRD Kota Palembang"),
        ("Nurlela", None),
        ("Samsudin", None),
        ("Sarwani", "Ketua APDESI Kabupaten Muara Enim"),
    ]


def test_directorate_named_by_a_list_of_activities():
    paras = ["Pelaksana Harian (Plh) Direktur Pelacakan Aset, Pengelolaan Barang Bukti, dan Eksekusi (Labuksi) KPK "
             "Irwan Setiadi menjelaskan, uang pengganti sudah lunas."]
    assert [(p.name, p.position) for p in find_people(paras)] == [
        ("Irwan Setiadi",
         "Pelaksana Harian (Plh) Direktur Pelacakan Aset, Pengelolaan Barang Bukti, dan Eksekusi (Labuksi) KPK"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a ministry named "Luar/Dalam Negeri" and the White House are bodies, not the start of a name
        (
            "Juru bicara Kementerian Luar Negeri Malaysia Razak Hamdan menyebut langkah itu berlebihan.",
            [("Razak Hamdan", "Juru bicara Kementerian Luar Negeri Malaysia")],
        ),
        (
            "Dirjen Kementerian Dalam Negeri Teguh Wiranata meminta daerah segera melapor.",
            [("Teguh Wiranata", "Dirjen Kementerian Dalam Negeri")],
        ),
        (
            "Juru bicara Gedung Putih Martin K. Holloway mengatakan tarif berlaku pekan depan.",
            [("Martin K. Holloway", "Juru bicara Gedung Putih")],
        ),
        # mixed-case short forms of ministries and agencies close the office
        (
            "Juru bicara Kemenhub Ardian Saputra memastikan jadwal tidak berubah.",
            [("Ardian Saputra", "Juru bicara Kemenhub")],
        ),
        (
            "Direktur Jenderal Bea dan Cukai Rusdi Hartanto menyebut penyelundupan menurun.",
            [("Rusdi Hartanto", "Direktur Jenderal Bea dan Cukai")],
        ),
        ("Senator Helen Brightwater menolak usulan itu.", [("Helen Brightwater", "Senator")]),
        # an office described in lower-case words, with a body and its city, closed by a comma
        (
            "Kepala riset pasar modal di perusahaan sekuritas Lintang Asia di Hong Kong, Margaret Choi, "
            "memperkirakan indeks melemah.",
            [("Margaret Choi", "Kepala riset pasar modal di perusahaan sekuritas Lintang Asia di Hong Kong")],
        ),
    ],
)
def test_national_and_foreign_office_forms(paragraph, expected):
    assert [(p.name, p.position) for p in find_people([paragraph])] == expected


def test_a_clause_with_a_verb_is_no_described_office():
    found = find_people(["Kepala sekolah menyampaikan laporan kepada Dinas Pendidikan, Budi Santoso juga hadir."])
    assert all(not (p.position or "").startswith("Kepala") for p in found)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # sports roles before a team ("Timnas" is a body), in either case
        (
            "Sementara itu pelatih Timnas Vietnam Park Hang-seo menyampaikan target timnya.",
            [("Park Hang-seo", "pelatih Timnas Vietnam")],
        ),
        (
            "Kiper Timnas Indonesia, Reza Pratama yang tampil gemilang mengaku puas.",
            [("Reza Pratama", "Kiper Timnas Indonesia")],
        ),
        # an office written right after the name, without a comma, before the verb
        (
            "Sementara itu, Dimas Saputra Pelatih Timnas Indonesia U-19 mengatakan timnya siap.",
            [("Dimas Saputra", "Pelatih Timnas Indonesia U-19")],
        ),
        (
            "Sementara itu, Yusuf Hamdani Kepala Dinas PUPR Lahat mengatakan perbaikan dimulai pekan depan.",
            [("Yusuf Hamdani", "Kepala Dinas PUPR Lahat")],
        ),
        # a section's short name before the body's word ("Penkum" before "Kejaksaan")
        (
            "Kasi Penkum Kejaksaan Tinggi Papua Robert Siahaan mengatakan tersangka ditahan.",
            [("Robert Siahaan", "Kasi Penkum Kejaksaan Tinggi Papua")],
        ),
        # a securities house ends at "Sekuritas"; the name follows
        (
            "Analis Lintas Sekuritas Dewi Anggraini Lubis mengatakan indeks tertekan.",
            [("Dewi Anggraini Lubis", "Analis Lintas Sekuritas")],
        ),
    ],
)
def test_sports_and_regional_office_forms(paragraph, expected):
    assert [(p.name, p.position) for p in find_people([paragraph])] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a one-word name set off after the district, right before a speech verb
        (
            "Kepala UPT Disdikpora Kecamatan Sumberejo, Kabupaten Temanggung, Sarjono menambahkan, dana belum turun.",
            [("Sarjono", "Kepala UPT Disdikpora Kecamatan Sumberejo")],
        ),
        # "Sudin" (suku dinas) is a body; "Arh" is a corps after a rank
        (
            "Kepala Seksi Operasi Sudin Penanggulangan Kebakaran Jakarta Timur Wawan Kurniawan mengatakan api padam.",
            [("Wawan Kurniawan", "Kepala Seksi Operasi Sudin Penanggulangan Kebakaran Jakarta Timur")],
        ),
        (
            "Danramil 0812-04/Sukorame Kapten Arh Sutikno mengatakan warga sudah mengungsi.",
            [("Sutikno", "Danramil 0812-04/Sukorame")],
        ),
        # a military region's name after its numeral is part of the office
        (
            "Pangdam XIV Hasanuddin Mayjen TNI Hendra Wiratama meninjau pengungsi.",
            [("Hendra Wiratama", "Pangdam XIV Hasanuddin")],
        ),
        # the month's name is also a given name
        (
            "Dandim 0410/KBL Letkol Inf Ramadhan Siregar memimpin apel.",
            [("Ramadhan Siregar", "Dandim 0410/KBL")],
        ),
        ("Selama Ramadhan Pemkab Lahat mengatur jam kerja.", []),
        # "HL"/"HM": Haji and the initial of Lalu/Muhammad, not a body's acronym
        ("Bupati HL Wiratmaja Putra meresmikan pasar.", [("L Wiratmaja Putra", "Bupati")]),
        # "Mas" inside a name
        (
            "Sekretaris DPRD Kalsel Drs H Gusti Mas Rahmadi di Banjarmasin membenarkan kunjungan itu.",
            [("Gusti Mas Rahmadi", "Sekretaris DPRD Kalsel")],
        ),
        # the province set off by commas between the office and the name
        (
            "Bupati Landak, Kalimantan Barat, Yohanes Sadau resmi ditahan.",
            [("Yohanes Sadau", "Bupati Landak")],
        ),
        # a list of offices goes on after the comma: the words before it are the name
        ("Hadir Sekda Firman Hakiki, Pimpinan DPRD dan tokoh masyarakat.", [("Firman Hakiki", "Sekda")]),
        # "bernama" after a person's noun gives a name, one word included
        ("Seorang warga bernama Tian mengeluhkan pungutan di loket.", [("Tian", None)]),
        ("Sebuah desa bernama Sukamaju terendam banjir.", []),
    ],
)
def test_regional_forms_from_real_copy(paragraph, expected):
    assert [(p.name, p.position) for p in find_people([paragraph])] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a commission named by its letter, in lower case
        (["Salah satu anggota komisi C Teguh Wicaksono juga kecewa."], [("Teguh Wicaksono", "anggota komisi C")]),
        # a village head in lower case, the village, a comma, the name
        (
            ["Ia bersama kepala desa Karangsari, Joko Pramono mengancam akan mengerahkan warga."],
            [("Joko Pramono", "kepala desa Karangsari")],
        ),
        # "warga X, Kabupaten Y": a place, not a name
        (["Jalan itu dipakai warga Arso, Kabupaten Keerom, setiap hari."], []),
        # a short office written as initials is not softened; a foreign country is no name
        (["Pernyataan mantan PM Yunani yang memperingatkan dampak krisis menekan bursa."], []),
        # market indices are not people
        (["Indeks Harga Saham Gabungan melemah, sementara Indeks Nikkei naik tipis."], []),
        # a Title Case headline: the name stops at the verb
        (
            ["PM Anwar Ibrahim Sebut Indonesia Teman Sejati"],
            [("Anwar Ibrahim", "PM")],
        ),
    ],
)
def test_forms_from_real_copy_batch_two(paragraphs, expected):
    assert [(p.name, p.position) for p in find_people(paragraphs)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the office a sentence opens with goes to each person it lists
        (
            ["Anggota DPRD Kota Kupang yang hadir saat itu di antaranya, Maria Lado, Yusuf Bani, dan Kornelis Tefa."],
            [
                ("Maria Lado", "Anggota DPRD Kota Kupang"),
                ("Yusuf Bani", "Anggota DPRD Kota Kupang"),
                ("Kornelis Tefa", "Anggota DPRD Kota Kupang"),
            ],
        ),
        # "Humas" heads an office before its body
        (
            ["Saat dikonfirmasi, Humas SMAN 2 Bangil, Rudi Hartawan, menolak memberi penjelasan."],
            [("Rudi Hartawan", "Humas SMAN 2 Bangil")],
        ),
        # "menjabat caretaker Bupati X": the qualifier belongs to the office
        (
            [
                "Yakobus Mandacan menjabat caretaker Bupati Tambrauw, dan Rudi Rumbiak menjabat caretaker "
                "Bupati Maybrat."
            ],
            [("Yakobus Mandacan", "caretaker Bupati Tambrauw"), ("Rudi Rumbiak", "caretaker Bupati Maybrat")],
        ),
    ],
)
def test_forms_from_real_copy_batch_three(paragraphs, expected):
    assert [(p.name, p.position) for p in find_people(paragraphs)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Sikap itu menyusul instruksi Sekretaris Kabinet Hendra Kusuma."], [("Hendra Kusuma", "Sekretaris Kabinet")]),
        # a school's place after its acronym, with no number, then the name
        (
            ["Kasek SDN Oeletsala Maria Goreti Nalle mengetahui penyegelan dari guru."],
            [("Maria Goreti Nalle", "Kasek SDN Oeletsala")],
        ),
        # "Lanjut X," opens a sentence: the name is X alone
        (
            ["Camat Taktakan, Rustam Effendi, meninjau sumur warga.", "Lanjut Rustam, petugas akan mendata warga."],
            [("Rustam Effendi", "Camat Taktakan")],
        ),
        # a related headline whose "name" starts with a verb is no person
        (["Jubir Partai Sebut Bansos Tembus Rekor Terbesar"], []),
    ],
)
def test_forms_from_real_copy_batch_four(paragraphs, expected):
    assert [(p.name, p.position) for p in find_people(paragraphs)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # "anggota lainnya, yakni ...": members listed, with their titles and degrees apart
        (
            ["Sidak dihadiri anggota lainnya, yakni Rina Marlina SE, Hj Sumarni, Apriadi, dan Bagus Santoso."],
            [("Rina Marlina", None), ("Sumarni", None), ("Apriadi", None), ("Bagus Santoso", None)],
        ),
        # "Waka Komisi", "Wakil Ketua II": a council's deputy chair and its number
        (
            ["Ketua Komisi II Joni Saputra didampingi Waka Komisi Candra meninjau proyek."],
            [("Joni Saputra", "Ketua Komisi II"), ("Candra", "Waka Komisi")],
        ),
        # owners and couples listed after "milik" / "suami istri", forms of address apart
        (
            ["Tiga rumah rusak, masing-masing milik Sukirah, Darmo dan Paijan."],
            [("Sukirah", None), ("Darmo", None), ("Paijan", None)],
        ),
        (
            ["Warga, termasuk pasangan suami istri Pak Wagiman dan Bu Sarinah, berterima kasih."],
            [("Wagiman", None), ("Sarinah", None)],
        ),
        (
            ["Wakil Ketua II DPRD Empat Lawang Ferry Anggara hadir."],
            [("Ferry Anggara", "Wakil Ketua II DPRD Empat Lawang")],
        ),
    ],
)
def test_forms_from_real_copy_batch_eight(paragraphs, expected):  # (order-free: lists are read after the rules)
    assert sorted((p.name, p.position or "") for p in find_people(paragraphs)) == sorted(
        (name, position or "") for name, position in expected
    )


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a water company's "Tirta" name and a university's one-word name belong to the body
        (
            ["Sementara itu, Wulan, salah satu pegawai PDAM Tirta Sejuk pada bagian pelanggan, meminta sabar."],
            [("Wulan", None)],
        ),
        (
            ["Rektor Universitas Sembilang Ahmad Fauzan membuka wisuda."],
            [("Ahmad Fauzan", "Rektor Universitas Sembilang")],
        ),
        # "Kepolisian Resor": the police unit, not a name
        (
            ["kata Kepala Kepolisian Resor Kota Talang AKBP Darmo Wicaksono, di Talang, Senin."],
            [("Darmo Wicaksono", "Kepala Kepolisian Resor Kota Talang")],
        ),
        # a capitalised "Selaku" is not part of the name
        (["Perbuatan terdakwa Jumadi Selaku Kepala Desa Ngawen merugikan negara."], [("Jumadi", "Kepala Desa Ngawen")]),
        # "Wawali", "Kuwu desa X", "Pimpinan Sanggar X", "Babinkamtibmas"
        (["Acara dihadiri Wawali Ruben T. Malonda."], [("Ruben T. Malonda", "Wawali")]),
        (
            ["Kuwu desa Sindangjaya Ahmad Sobari berterima kasih kepada camat."],
            [("Ahmad Sobari", "Kuwu desa Sindangjaya")],
        ),
        (
            ["Ajakan itu disampaikan Pimpinan Sanggar Sekar Wangi, Ratnawati, di sela acara."],
            [("Ratnawati", "Pimpinan Sanggar Sekar Wangi")],
        ),
        (["Camat Rini Astuti didampingi Babinsa, Babinkamtibmas serta perangkat desa."], [("Rini Astuti", "Camat")]),
        # a name with a role set off by "juga" or "salah satu", or with the age between commas
        (["Wartini, juga warga Kampung Baru, harus membeli air galon."], [("Wartini", None)]),
        (["Tono, 52, warga Dusun Krajan, membenarkan beras itu berkutu."], [("Tono", None)]),
        # lists of parties after "fraksi" and of places after "seperti di" name no people
        (
            ["Kata akhir fraksi PDIP, Golkar, PAN, Bintang Harapan, dan Nurani Bangsa menyetujui raperda itu."],
            [],
        ),
        (["Air mati di beberapa titik seperti di Simpang Lima, Rawa Sari, dan Kebun Jeruk."], []),
        # "Saya selaku ...": a pronoun, not a name; "Biro Administrasi Pimpinan": a bureau
        (['"Saya selaku Pimpinan Kejati akan memberi apresiasi," tegasnya.'], []),
        (["Foto dan teks: Biro Administrasi Pimpinan Setdaprov Kalbar"], []),
        # run-together sentences after a year are split
        (
            ["Hal itu dikatakan Minggu, 4 Mei 2019.Kepala Desa Wonosari Heru Prasetyo mengakui beras rusak."],
            [("Heru Prasetyo", "Kepala Desa Wonosari")],
        ),
        # two offices, each with its holder after a comma: the second office is not a field list
        (
            [
                "Gubernur didampingi General Manager PLN UID Jawa Barat, Suparno dan General Manager PLN UIT JBT, "
                "Heru Kuncoro Adi."
            ],
            [("Suparno", "General Manager PLN UID Jawa Barat"), ("Heru Kuncoro Adi", "General Manager PLN UIT JBT")],
        ),
        # a title right after an office that takes a place: the name starts there
        (["Wakil Gubernur dr. Rini T. Malonda meminta rumah sakit berbenah."], [("Rini T. Malonda", "Wakil Gubernur")]),
        # a related headline in Title Case names nobody
        (["Diguyur Hujan Deras, Atap Kelas SD Negeri Ambruk Timpa Murid!:"], []),
        (["Read Next : Pj Bupati Berkomitmen Lanjutkan Pembangunan Desa"], []),
        # ... but a short "Pelapor: Name" line does
        (["Pelapor: Andi Nurhalisa"], [("Andi Nurhalisa", None)]),
        # a numbered police section and its short name, then the role held with it, then the holder
        (
            ["Hadir pula Kasubdit II Tipidter Ditreskrimsus Polda Jambi selaku Satgas Pangan, AKBP Rudi Hartono."],
            [("Rudi Hartono", "Kasubdit II Tipidter Ditreskrimsus Polda Jambi")],
        ),
        # a list of suspects separated by semicolons
        (
            ["Tersangka yakni mantan direktur, Bambang Irawan; mantan pegawai, Sukardi; dan bendahara, Lina Marlina."],
            [("Bambang Irawan", None), ("Sukardi", None), ("Lina Marlina", None)],
        ),
        # what "selaku" names is the role even without an office word
        (
            ["Hal itu ditegaskan Rasyid, selaku Komite Disiplin dan Penyelenggara Teknis."],
            [("Rasyid", "Komite Disiplin dan Penyelenggara Teknis")],
        ),
        (
            ["Korwil LSM Peduli Desa Garut Selatan Ujang Saepudin SH, membenarkan aduan itu."],
            [("Ujang Saepudin", "Korwil LSM Peduli Desa Garut Selatan")],
        ),
        # a missing space after a comma does not glue the list together
        (
            ["Hadir Kepala Puskesmas Sukamaju dr. Erwin,Anggota DPRD Kotabaru dari Partai Gerindra Sarno,serta tamu."],
            [("Erwin", "Kepala Puskesmas Sukamaju"), ("Sarno", "Anggota DPRD Kotabaru dari Partai Gerindra")],
        ),
        # "Al" opens an Arabic name; "AL" is the navy
        (["Gubernur Jambi Al Haris meresmikan jembatan."], [("Al Haris", "Gubernur Jambi")]),
        (
            ["Kata Anggota DPRD NTB dari PDI Perjuangan H Rusli Hamdan kepada wartawan."],
            [("Rusli Hamdan", "Anggota DPRD NTB dari PDI Perjuangan")],
        ),
        (
            ["Koordinator PKH Kabupaten Garut bagian wilayah Kecamatan Cikajang Ahmad Sopandi membantah."],
            [("Ahmad Sopandi", "Koordinator PKH Kabupaten Garut bagian wilayah Kecamatan Cikajang")],
        ),
        # a sentence opened by a passive speech verb, then the speaker with age and role
        (["Diceritakan Karyono (51), warga setempat, angin datang sangat cepat."], [("Karyono", None)]),
        # two fields of a section joined by "dan", then the body's acronym
        (
            ['"Air sudah dikirim," kata Kasi Kedaruratan dan Logistik BPBD Pati, Sunarko, di Pati, Senin.'],
            [("Sunarko", "Kasi Kedaruratan dan Logistik BPBD Pati")],
        ),
        (
            ["Kepala UPT Kawasan Cagar Budaya Kota Magelang Sutanto mengatakan gedung belum dibuka."],
            [("Sutanto", "Kepala UPT Kawasan Cagar Budaya Kota Magelang")],
        ),
        # offices listed after an office are not names ("Pendamping Lokal Desa")
        (["Hadir Kepala Jawatan Sosial Kapanewon Wates, Pendamping Desa, Pendamping Lokal Desa, dan Babinsa."], []),
        (
            ["Sementara itu Budi Santoso selaku pelaksana tugas harian Lurah Sidorejo menyampaikan sambutan."],
            [("Budi Santoso", "pelaksana tugas harian Lurah Sidorejo")],
        ),
        (
            ["“Kami berbagi,” kata Kapolda Kalbar, Irjen (Pol) R Sigid Hartono di Pontianak."],
            [("R Sigid Hartono", "Kapolda Kalbar")],
        ),
        (['"Kami kalah," kata pelatih kepala Myanmar, Aung Min Thu.'], [("Aung Min Thu", "pelatih kepala Myanmar")]),
        (["Itu program Kepala Staf Angkatan Darat tentang Babinsa Masuk Dapur."], []),
        # "Mas" closing a name is a family name, not a form of address
        (["Putusan itu diapresiasi pakar hukum Unibos, Prof Hasan Mas."], [("Hasan Mas", "pakar hukum Unibos")]),
        # a suspended official: "nonaktif" / "non aktif" goes with the office; "Agung" opens a given name
        (
            ["Sidang perkara Bupati Lampung Barat non aktif Agung Ilmu Prakoso digelar hari ini."],
            [("Agung Ilmu Prakoso", "Bupati Lampung Barat non aktif")],
        ),
        (
            ["Terdakwanya Sekretaris BPPT Kota Seruni nonaktif A Zainal."],
            [("A Zainal", "Sekretaris BPPT Kota Seruni nonaktif")],
        ),
        # a word that ends company names ("Motor", "Lubricants") closes the company before the name;
        # initials inside a name stay in it
        (
            ["Executive General Manager PT Sinar Jaya Motor Yohanes Pranoto mengatakan itu."],
            [("Yohanes Pranoto", "Executive General Manager PT Sinar Jaya Motor")],
        ),
        (
            ["President Director PT Nusa Lubricants Gigih W.H. Santoso mengatakan pabrik dibangun."],
            [("Gigih W.H. Santoso", "President Director PT Nusa Lubricants")],
        ),
        (["Menurut politikus PDI Perjuangan itu, rapat berjalan lancar."], []),
        # a time word after the office is not part of it
        (
            ["Ia berkoordinasi dengan Menhan saat ini, Budi Prakoso, yang merupakan purnawirawan."],
            [("Budi Prakoso", "Menhan")],
        ),
        # "X adalah mantan Kepala Desa ...": the former office
        (
            ["Kejari menetapkan Joko Santoso sebagai tersangka. Joko adalah mantan Kepala Desa Sukoharjo."],
            [("Joko Santoso", "mantan Kepala Desa Sukoharjo")],
        ),
        # "di" and the body inside an office
        (
            ["Direktur Penyidikan di Jampidsus Sumardi, tak membantah itu."],
            [("Sumardi", "Direktur Penyidikan di Jampidsus")],
        ),
    ],
)
def test_forms_from_real_copy_session_nine(paragraphs, expected):
    assert [(p.name, p.position) for p in find_people(paragraphs)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a list of offices, each before its holder: the office after a comma is the next person's
        # when that person's name comes with a title; the field may be written in lower case
        (
            [
                "Rapat dipimpin Sekda Kota Seruni, Petrus Lumi, didampingi Asisten I bidang Pemerintahan dan "
                "Kesejahteraan Rakyat, Markus Wenas SH MH, Asisten 2 bidang Perekonomian dr Robert Pangemanan, "
                "dan pejabat lainnya."
            ],
            [
                ("Petrus Lumi", "Sekda Kota Seruni"),
                ("Markus Wenas", "Asisten I bidang Pemerintahan dan Kesejahteraan Rakyat"),
                ("Robert Pangemanan", "Asisten 2 bidang Perekonomian"),
            ],
        ),
        (
            ["Senada, anggota Komisi III dari Fraksi Partai Golkar H. Zainal Lubis meminta jaksa bekerja cepat."],
            [("Zainal Lubis", "anggota Komisi III dari Fraksi Partai Golkar")],
        ),
        # a village unknown to the gazetteer between "Kades" and the name: the same office before the
        # name alone elsewhere shows where the name starts
        (
            ["Kades Wonokerto Muansar setuju mengembalikan dana itu.", "Kades Muansar telah bertanggung jawab."],
            [("Muansar", "Kades Wonokerto")],
        ),
        # (a surname alone, without the office, does not move the first name into the office; nor does
        # the office with a known village before the name)
        (["Lurah Budi Santoso hadir.", "Menurut Santoso, warga senang."], [("Budi Santoso", "Lurah")]),
        (
            ["Kades Sukamaju Budi Santoso hadir.", "Kades Santoso mengatakan warga senang."],
            [("Budi Santoso", "Kades Sukamaju")],
        ),
        # time words between the office and the comma; a rank spelt out; "KBO"; "Mantan" opening
        (
            ["Ia mengadu kepada Bupati Lahat saat ini, Welem Sambora."],
            [("Welem Sambora", "Bupati Lahat")],
        ),
        (
            ["kata Direktur Reserse Narkoba Polda Jambi, Komisaris Besar Polisi Dwi Sutanto kepada wartawan."],
            [("Dwi Sutanto", "Direktur Reserse Narkoba Polda Jambi")],
        ),
        (
            ["KBO Satlantas Polres Seruni Iptu Heru Sulistyo (kanan) membagikan brosur."],
            [("Heru Sulistyo", "KBO Satlantas Polres Seruni")],
        ),
        (
            ["Mantan Penjabat (PJ) Negeri Waimulang, Yordan Kolibu, dilaporkan ke kejaksaan."],
            [("Yordan Kolibu", "Penjabat (PJ) Negeri Waimulang")],
        ),
        # a number spelt out before its figure is no person with an age; a programme's name is no person
        (["Enam (6) BUMDes di Kabupaten Lahat mendapat penghargaan dari Bupati Lahat Bursah Zarnubi."],
         [("Bursah Zarnubi", "Bupati Lahat")]),
        (["Rapat koordinasi program Bangga Kencana digelar di Pontianak."], []),
        # a list of offices each before its holder, one of them in lower case
        (
            [
                "Hadir Pj Bupati Seruni, Alex Lumban, bupati terpilih, Yosef Ledo, Ketua Majelis Sinode, "
                "Pdt Samuel Pandie, STh, dan para pendeta."
            ],
            [
                ("Alex Lumban", "Pj Bupati Seruni"),
                ("Yosef Ledo", "bupati terpilih"),
                ("Samuel Pandie", "Ketua Majelis Sinode"),
            ],
        ),
        # ", dan" closing the fields of an agency
        (
            ["Kepala Dinas Tanaman Pangan, Hortikultura, dan Perkebunan Kabupaten Sigi, Rahmat Iqbal, menambahkan."],
            [("Rahmat Iqbal", "Kepala Dinas Tanaman Pangan, Hortikultura, dan Perkebunan Kabupaten Sigi")],
        ),
        # "Satu Pintu" inside an agency's name
        (
            ["Kepala Dinas Penanaman Modal Terpadu Satu Pintu Kabupaten Garut Wahyudi mengatakan investor datang."],
            [("Wahyudi", "Kepala Dinas Penanaman Modal Terpadu Satu Pintu Kabupaten Garut")],
        ),
        # a corps with a full stop after the rank; "Ec." among the degrees; a unit in lower case
        (
            ["Dandim 1617/Jembrana Letkol Kav. Djefri Hanok mengatakan sasaran dipilih bersama warga."],
            [("Djefri Hanok", "Dandim 1617/Jembrana")],
        ),
        (
            ["Wisudawan dilantik oleh Rektor UTM Dr. Drs. Ec. H. Muh. Syarif, M.Si. kemarin."],
            [("Muh. Syarif", "Rektor UTM")],
        ),
        (
            ["Kepala Dinas Koperasi dan UKM kota Payakumbuh, H. Dahler, SH didampingi stafnya."],
            [("Dahler", "Kepala Dinas Koperasi dan UKM kota Payakumbuh")],
        ),
        # a place inside what follows an office ends the body
        (
            ["Kepala Desa (Kades) Tambun Selatan Suryadi mengatakan warga sudah didata."],
            [("Suryadi", "Kepala Desa (Kades) Tambun Selatan")],
        ),
        (["Ketua Gemawira Pulau Belitung Haryanto mengatakan itu."], [("Haryanto", "Ketua Gemawira Pulau Belitung")]),
        (
            ["Ketua Panitia Festival Danau Toba, Budi Santoso, mengatakan itu."],
            [("Budi Santoso", "Ketua Panitia Festival Danau Toba")],
        ),
        # the village after "Kades", then the holder's initials: nobody named
        (["Polisi menetapkan Kades Ketangi, APS, sebagai tersangka."], []),
        (["Kepala Desa Sumbersari, Warsito, SH, hadir sebagai saksi."], [("Warsito", "Kepala Desa Sumbersari")]),
        # an unknown word and a city after an office is a body of that city, not a name
        (
            ["Rapat dihadiri Kepala Satpol PP Kendari, Ketua Arokap Kendari dan Ketua DPRD Kendari Budi Santoso."],
            [("Budi Santoso", "Ketua DPRD Kendari")],
        ),
    ],
)
def test_forms_from_real_copy_session_ten(paragraphs, expected):
    assert [(p.name, p.position) for p in find_people(paragraphs)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a province after the regency closes the office: a place after it is the holder's name
        (
            ["Anggota DPRD Kabupaten Kotawaringin Barat Kalimantan Tengah Bima Prasetyo menyoroti jalan rusak."],
            [("Bima Prasetyo", "Anggota DPRD Kabupaten Kotawaringin Barat Kalimantan Tengah")],
        ),
        # "Sekkab" (sekretaris kabupaten) heads an office
        (
            ["Rapat didampingi Sekkab Sigi Ridwan Hadi dan dihadiri anggota dewan."],
            [("Ridwan Hadi", "Sekkab Sigi")],
        ),
        # a two-word village whose first word is also a regency ("Tegal"), named again in the copy
        (
            [
                "Warga Desa Tegal Sari, Kecamatan Cikande, menyambut baik jalan baru.",
                "Sementara itu, H. Ikhwan Kepala Desa Tegal Sari mengatakan jalan itu dibiayai dana desa.",
            ],
            [("Ikhwan", "Kepala Desa Tegal Sari")],
        ),
        # ... but a village named twice, each time followed by its head's name, stops before the name
        (
            [
                "Bupati melantik Kepala Desa Teluk Sambas Rosmala Dewi.",
                "Bupati menyalami Kepala Desa Teluk Sambas Rosmala Dewi usai pelantikan.",
            ],
            [("Rosmala Dewi", "Kepala Desa Teluk Sambas")],
        ),
        # one word said by a speech verb, then its role ("warga")
        (
            ["Seperti yang dikatakan Rusman warga Kampung Baru, dirinya senang jalan dibangun."],
            [("Rusman", None)],
        ),
        # a copula after the office is no qualifier of it
        (["Lokasi yang dikunjungi Wali Kota adalah Pasar Sentosa. Di pasar itu ia berbincang."], []),
        # an outlet's "Pos" is part of its name; "Puskes" is a body
        (
            ["Direktur Seruni Pos Irfan Zainal menerima kunjungan itu."],
            [("Irfan Zainal", "Direktur Seruni Pos")],
        ),
        (["Kepala Puskes yang tidak meminjamkan ambulans akan diganti."], []),
        # a hospital named after a person is a thing
        (["Ia dirujuk ke rumah sakit Siti Fatimah."], []),
        # degrees written with a space after the comma
        (
            ["Hadir Asisten Pemerintahan Sekda TTS, Denny Nubaton, S. Sos., M. Si, Kepala Dinas Pertanian, "
             "Otniel Neonana, STP, dan tamu undangan."],
            [("Denny Nubaton", "Asisten Pemerintahan Sekda TTS"), ("Otniel Neonana", "Kepala Dinas Pertanian")],
        ),
        # "Terpilih" in a headline is no name
        (["DPRD Seruni Umumkan Bupati dan Wakil Bupati Terpilih"], []),
        # a pre-title after a regency opens the holder's name, it does not extend the place
        (
            ["Hadir Ketua Dewan Adat Kabupaten Sekadau Drs. Yohanes Ngadi dan Kepala UPT Kota Magelang Sutarno."],
            [("Yohanes Ngadi", "Ketua Dewan Adat Kabupaten Sekadau"), ("Sutarno", "Kepala UPT Kota Magelang")],
        ),
    ],
)
def test_forms_from_real_copy_session_eleven(paragraphs, expected):
    assert [(p.name, p.position) for p in find_people(paragraphs)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the village's address set off by commas, then its head's name
        (
            ["Kepala Desa (Kades) Sukamaju, Kecamatan/Kabupaten Brebes, Narimo mengeluhkan jalan rusak."],
            [("Narimo", "Kepala Desa (Kades) Sukamaju")],
        ),
        (
            ["Kepala Desa Sukamaju, Kecamatan Jatibarang, Kabupaten Brebes, Narimo Hadi, mengatakan itu."],
            [("Narimo Hadi", "Kepala Desa Sukamaju")],
        ),
        # one word, then "salah satu" and a role
        (["Di tempat lain, Sumini salah satu pedagang pasar mengatakan harga naik."], [("Sumini", None)]),
        # the candidate's ballot number belongs to the office
        (
            ["Calon Bupati Lahat nomor urut 2 Ahmad Yani memaparkan programnya."],
            [("Ahmad Yani", "Bupati Lahat nomor urut 2")],
        ),
        # a misspelt "Gubernur" is an office, not a name; "Artinya" opens a clause
        (["Peresmian dilakukan bersama Pj Gubenur, Pj Bupati dan Ketua DPRD."], []),
        (['"Artinya, masyarakat yang terlayani semakin banyak," jelasnya.'], []),
        # a one-word "name" that always follows a hospital word is the hospital
        (
            [
                "Pasien ditolak di rumah sakit Multaqim.",
                "Wali kota meminta Direktur RS Multaqim, juga yayasannya, datang.",
            ],
            [],
        ),
    ],
)
def test_forms_from_real_copy_session_eleven_b(paragraphs, expected):
    assert [(p.name, p.position) for p in find_people(paragraphs)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # "Anggota dewan" in lower case is an office
        (
            ["Anggota dewan Syamsul Bahri Lubis menyoroti pergeseran anggaran."],
            [("Syamsul Bahri Lubis", "Anggota dewan")],
        ),
        # counted holders of one office, listed after "yakni"
        (
            ["Rapat dipimpin Ketua DPRD Abdul Karim bersama 2 Wakil Ketua yakni Sutrisno Hadi dan H.M. Arif Lubis."],
            [("Abdul Karim", "Ketua DPRD"), ("M. Arif Lubis", "Wakil Ketua"), ("Sutrisno Hadi", "Wakil Ketua")],
        ),
        # the word after an office's agency is its holder's one-word name when a speech verb follows or
        # the copy names it as a person elsewhere; otherwise a regency's short name
        (["Wakil Ketua DPRD Sumarni mengatakan rapat ditunda."], [("Sumarni", "Wakil Ketua DPRD")]),
        (
            [
                "Pimpinan hadir, yakni Marlina dan Joko Susilo.",
                "Naskah dibacakan Wakil Ketua DPRD Marlina dengan lantang.",
            ],
            [("Marlina", "Wakil Ketua DPRD"), ("Joko Susilo", None)],
        ),
        (["Ketua DPRD Kukar menilai usulan itu wajar. Pemkab Kukar setuju."], []),
        # a village office in lower case after "yang kini menjadi"; a passive verb opening the sentence
        (
            [
                "Dipimpin Markus Wenda, warga membentuk kampung baru.",
                "Markus Wenda yang kini menjadi kepala kampung mengungkapkan hal itu.",
            ],
            [("Markus Wenda", "kepala kampung")],
        ),
        (["Kusmanto selaku Kepala Desa Girimulyo mengapresiasi petugas."], [("Kusmanto", "Kepala Desa Girimulyo")]),
        # attendance lists: the name after its office and a colon; "STP" is a degree; "Prop." a province
        (
            [
                "Hadir Kepala Dinas Pertanian, Yohanes Tefa, STP.,M.Si, Kepala Badan Kesatuan Bangsa, Politik dan "
                "Persandian: Gregorius Mella, SH, Kepala Dinas Kearsipan: Bernadus Sunbanu, STP, dan tamu lain."
            ],
            [
                ("Yohanes Tefa", "Kepala Dinas Pertanian"),
                ("Gregorius Mella", "Kepala Badan Kesatuan Bangsa, Politik dan Persandian"),
                ("Bernadus Sunbanu", "Kepala Dinas Kearsipan"),
            ],
        ),
        (
            ["Hadir Wakil Ketua DPRD Prop. NTT, Ince Sayuti, dan lainnya."],
            [("Ince Sayuti", "Wakil Ketua DPRD Prop. NTT")],
        ),
        # a list of villages, each with its head after a dash; a Title Case verb opens no name
        (
            [
                "Sebanyak 5 Kepala Desa yang dilantik diantaranya, Desa Karang- H. Mustamin, Bagik Polak- Sunardi, "
                "Gelogor-Hasanudin, Lembar Selatan- Edi Saputra, dan Jembatan Kembar- Rohani."
            ],
            [
                ("Mustamin", "Kepala Desa"),
                ("Sunardi", "Kepala Desa"),
                ("Hasanudin", "Kepala Desa"),
                ("Edi Saputra", "Kepala Desa"),
                ("Rohani", "Kepala Desa"),
            ],
        ),
        (["Acara diawali dengan Mengucapkan Sumpah Jabatan sebagai Kepala Desa Masa Jabatan 2021-2027."], []),
        # batches 8-9 odd items: glued police unit heads, fields of a section ("Sengketa"), a second field
        # before a body's full name, and a short form of a name after a Sasak prefix
        (
            ["Kapolres didampingi Kasatresnarkoba Iptu Mikael Tandayu kepada wartawan."],
            [("Mikael Tandayu", "Kasatresnarkoba")],
        ),
        (
            ["Kasi Pengendalian dan Penanganan Sengketa I Gede Sutama mengungkapkan kegiatan ini."],
            [("I Gede Sutama", "Kasi Pengendalian dan Penanganan Sengketa")],
        ),
        (
            ["Banjir meluas, kata Kabid Kedaruratan dan Logistik Badan Penanggulangan Bencana Daerah Kabupaten "
             "Bima M Nurul Hadi, di Bima."],
            [("M Nurul Hadi", "Kabid Kedaruratan dan Logistik Badan Penanggulangan Bencana Daerah Kabupaten Bima")],
        ),
        (
            [
                "Hal itu diungkapkan Direktur Forum Peduli Pelayanan Publik (FP3 NTB) Lalu Habiburrahim.",
                "Menurut Habib, keluhan makin banyak.",
            ],
            [("Lalu Habiburrahim", "Direktur Forum Peduli Pelayanan Publik (FP3 NTB)")],
        ),
        # two people, then their two offices in the same order; the place after the second is the first's too
        (
            ["Warga mengkritik Bonar Nasution dan Aulia Rahman sebagai Wali Kota dan Wakil Wali Kota Medan."],
            [("Aulia Rahman", "Wakil Wali Kota Medan"), ("Bonar Nasution", "Wali Kota Medan")],
        ),
        # more section fields; "Kepala Desanya" is an office; "Bab" and "Raperda" name no one
        (
            ["Menteri Agraria dan Tata Ruang Sofyan Jalil meninjau lokasi. Ia bertemu Kepala Desanya kemarin."],
            [("Sofyan Jalil", "Menteri Agraria dan Tata Ruang")],
        ),
        (["Camat merujuk Bab IV Bagian Kesatu. Raperda itu disahkan Juru Bicara Pansus kemarin."], []),
        # places and buildings named like people
        (
            [
                "Warga Bukit Duri mulai pindah ke rumah susun. Warga hendak melintas ke Pantai Tanjung Kalian.",
                "Rapat digelar di Aula Sultan Sulaiman Badrul Alamsyah, Kantor Wali Kota.",
            ],
            [],
        ),
    ],
)
def test_forms_from_real_copy_session_eleven_c(paragraphs, expected):
    assert [(p.name, p.position) for p in find_people(paragraphs)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # an acting prefix and a title glued to the next word
        (
            ["Pada kesempatan itu, Pj.Bupati H.Darwis Hasan menyampaikan bahwa harga cabai naik."],
            [("Darwis Hasan", "Pj. Bupati")],
        ),
        # an outlet's domain is part of the office; the name follows the comma
        (
            ["Pimpinan Redaksi KabarDaerahNews.Net, Sutrisno, menegaskan akan menempuh jalur hukum."],
            [("Sutrisno", "Pimpinan Redaksi KabarDaerahNews.Net")],
        ),
        # a unit number with a space after its slash; a territorial staff officer
        (
            ["Terpisah, Danramil 09/ Karangkobar Kapten Inf Wagiman meminta warga waspada."],
            [("Wagiman", "Danramil 09/ Karangkobar")],
        ),
        (
            ["Sementara itu, Pasiter Kodim 0812 Lamongan Kapten Inf Suparlan menjelaskan tugas Babinsa."],
            [("Suparlan", "Pasiter Kodim 0812 Lamongan")],
        ),
        # "FX" opens a name (Fransiskus Xaverius), it does not close the office
        (
            ["Acara dihadiri Sekretaris Daerah (Sekda) FX Hartono dan pejabat lain."],
            [("FX Hartono", "Sekretaris Daerah (Sekda)")],
        ),
        (
            ["Acara dihadiri Wali Kota Solo FX Hadi Rudyatmo dan pejabat lain."],
            [("FX Hadi Rudyatmo", "Wali Kota Solo")],
        ),
        (["Acara dibuka Wali Kota FX Hadi Rudyatmo dan dihadiri warga."], [("FX Hadi Rudyatmo", "Wali Kota")]),
        # a hyphenated body, a section of the prosecutor's office, degrees without dots
        (
            ["Hadir pula Kepala Satpol-PP Bambang Riyadi beserta para pejabat."],
            [("Bambang Riyadi", "Kepala Satpol-PP")],
        ),
        (
            ['"Kerugian negara sudah kembali," kata Kasi Penkum Kejati Gorontalo Harun Lamatenggo di Gorontalo.'],
            [("Harun Lamatenggo", "Kasi Penkum Kejati Gorontalo")],
        ),
        (
            ['"Pencarian dihentikan," kata Darmono Hadi SST MKL, Kasi Kedaruratan BPBD Temanggung.'],
            [("Darmono Hadi", "Kasi Kedaruratan BPBD Temanggung")],
        ),
        # "Seperti," opens a list; "Tersangka" is a role, not a name
        (
            ["Seperti, Kadisperindag Kota Bengkulu, Syafruddin, dan Kadis Pertanian Kota Bengkulu, Evi Marlina."],
            [("Syafruddin", "Kadisperindag Kota Bengkulu"), ("Evi Marlina", "Kadis Pertanian Kota Bengkulu")],
        ),
        (["Tersangka NK mengaku tidak bersalah."], []),
        # "Sekolah Dasar", "Pendidikan Dasar": a field of the office
        (["Rapat dihadiri 120 Kepala Sekolah Dasar dan para pengawas."], []),
        (
            ["Hadir Wakil Menteri Pendidikan Dasar dan Menengah Budi Santoso."],
            [("Budi Santoso", "Wakil Menteri Pendidikan Dasar dan Menengah")],
        ),
    ],
)
def test_forms_from_real_copy_session_twelve(paragraphs, expected):
    assert [(p.name, p.position) for p in find_people(paragraphs)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the second word of a town after a role is no name
        (["Salah seorang warga Batang Kapas, Yusniar (45), mengaku terbantu."], [("Yusniar", None)]),
        # towns listed after a role
        (
            ['"Akses pedagang dari Pekanbaru, Rengat, dan daerah lainnya lebih baik," kata Kadis PUPR Ahmad Yani.'],
            [("Ahmad Yani", "Kadis PUPR")],
        ),
        # a verb, then an office and its short form in brackets, then the name
        (
            ["Hadir Sekretaris Daerah (Sekda) Budi Hartono dan pejabat lain."],
            [("Budi Hartono", "Sekretaris Daerah (Sekda)")],
        ),
        # an initial glued to the surname
        (
            ["Bupati didampingi Sekretaris Daerah Leverne A.Tuasuu membuka kegiatan."],
            [("Leverne A. Tuasuu", "Sekretaris Daerah")],
        ),
        # "Pemerintahan Desa" is a field of the agency, not a village before the name
        (
            ["Kepala Dinas Pemberdayaan dan Pemerintahan Desa Bayu Dwiharsono menyatakan kantor desa selesai."],
            [("Bayu Dwiharsono", "Kepala Dinas Pemberdayaan dan Pemerintahan Desa")],
        ),
        # regency short forms of the regional press
        (
            ["Kepala UPTD Peralatan DPUPR Barut Hartadi juga mengatakan hal yang sama."],
            [("Hartadi", "Kepala UPTD Peralatan DPUPR Barut")],
        ),
        (
            ["Kepala Dinas PUPR kab. Barito Utara M. Topik mengatakan dana bukan dari dinas."],
            [("M. Topik", "Kepala Dinas PUPR kab. Barito Utara")],
        ),
        # "dan" before a second person is not part of the first one's office
        (
            ["KPU menetapkan Dendi Ramadhona sebagai Bupati dan Kolonel (Purn) S. Marzuki sebagai Wakil Bupati."],
            [("Dendi Ramadhona", "Bupati"), ("S. Marzuki", "Wakil Bupati")],
        ),
        # a street named after an office holder
        (["Kirab dimulai dari Jalan Jaksa Agung Suprapto menuju Kantor KPU."], []),
        # share buttons and a plenary session are not people
        (["Pinterest LinkedIn Tumblr +", "KabarNews.com, Pesawaran - DPRD menggelar rapat."], []),
        (["Mereka datang tepat waktu. Bagitu Sidang Paripurna banyak yang tidak hadir."], []),
    ],
)
def test_forms_from_real_copy_session_twelve_b(paragraphs, expected):
    assert [(p.name, p.position) for p in find_people(paragraphs)] == expected


def test_a_role_word_that_ends_its_sentence_introduces_nobody():
    text = "Kegiatan itu disambut hangat dari warga. Salah seorang warga Batang Kapas, Yusniar (45), mengaku terbantu."
    assert [(p.name, p.note) for p in find_people([text])] == [("Yusniar", "warga Batang Kapas")]


def test_a_prosecutors_section_is_no_name():
    text = '"Kerugian negara kembali," kata Kasi Penkum dan Humas Kejati Gorontalo Harun T Lamatenggo di Gorontalo.'
    assert [p.name for p in find_people([text])] == ["Harun T Lamatenggo"]


def test_a_glued_initial_is_split_but_a_glued_degree_is_kept():
    from humpro.monitoring.extract.names import tokens

    found = tokens("Sekda Leverne A.Tuasuu, dan apoteker Rina Sari, S.Farm, M.Epid hadir")
    assert found[:4] == ["Sekda", "Leverne", "A.", "Tuasuu"]
    assert found[-4:] == ["S.Farm", ",", "M.Epid", "hadir"]


# --- session 13: the office inventory, probed with four sentence forms -------------------------
# Short forms and offices of police, military, prosecutors, regional and vertical agencies, parties
# and customary village government that the lexicon lacked; each is written before a name, after a
# comma, after "selaku" and as an appositive.
_SESSION13_OFFICES = [
    "Sekcam", "Kakankemenag", "Panit", "Kasubsi", "Sekot", "Irban", "Kakanim", "Kakansar", "Danpos",
    "Syahbandar", "Kasatker", "Pinca", "Asdep", "Sesjen", "Kasiter", "Danki", "Dankoramil", "Juru Sita",
    "Kapospol", "Dirpolairud", "Kabidhumas", "Danyonif", "Dansatgas", "Kadispenad", "Aspidsus", "Asintel",
    "Jampidum", "Kacabjari", "Kabapas", "Seklur", "Kacabdin", "Komut", "Stafsus", "Kordiv", "Ketum",
    "Wakasek", "Wakil Dekan", "Pengawas Sekolah", "Kuasa Pengguna Anggaran", "PPK", "Kakantah",
    "Ketua Banggar", "Ketua Bapemperda", "Ketua Bamus", "Ketua Dekranasda", "Kasat Polairud",
    "Kasubbid Penmas", "Kasi Trantib", "Ketua Timses", "Kepala Satker", "Kepala Divre", "Inspektur Pembantu",
    "Kepala Tiyuh", "Kepala Ohoi", "Kepala Mukim", "Ketua Tuha Peut", "Kepala Rupbasan", "Direktur Walhi",
    "Ketua Panwascam", "Kepala Loka POM", "Sangadi", "Kapitalau", "Pambakal", "Kadistrik", "Mantri Tani",
]


@pytest.mark.parametrize("office", _SESSION13_OFFICES)
def test_offices_of_the_inventory_in_four_forms(office):
    forms = [
        (f"{office} Budi Hartono mengatakan kegiatan itu berjalan lancar.", office),
        (f"Hal itu disampaikan {office} Kabupaten Banyumas, Budi Hartono, kepada wartawan.",
         f"{office} Kabupaten Banyumas"),
        (f"Budi Hartono selaku {office} mengatakan kegiatan itu berjalan lancar.", office),
        (f"Sementara itu, Budi Hartono, {office} Kota Palu, menyebut program itu sudah berjalan.",
         f"{office} Kota Palu"),
    ]
    for text, position in forms:
        assert [(p.name, p.position) for p in find_people([text])] == [("Budi Hartono", position)], text


@pytest.mark.parametrize(
    ("office", "text"),
    [
        ("Wali Nagari Koto Tuo", "Wali Nagari Koto Tuo, Budi Hartono, mengatakan jalan itu rusak."),
        ("Kepala Jorong Balai Baru", "Kepala Jorong Balai Baru, Budi Hartono, mengatakan jalan itu rusak."),
        ("Kepala Pekon Sukamaju", "Kepala Pekon Sukamaju, Budi Hartono, mengatakan jalan itu rusak."),
        ("Kepala Lembang Tondon", "Kepala Lembang Tondon Budi Hartono mengatakan jalan itu rusak."),
        ("Hukum Tua Desa Tumaluntung", "Hukum Tua Desa Tumaluntung, Budi Hartono, mengatakan jalan itu rusak."),
        ("Datok Penghulu Bagan Jaya", "Datok Penghulu Bagan Jaya, Budi Hartono, mengatakan jalan itu rusak."),
    ],
)
def test_customary_village_heads_take_their_village(office, text):
    # (the forms with a comma passed before the heads were known; they guard the new heads)
    assert [(p.name, p.position) for p in find_people([text])] == [("Budi Hartono", office)]


def test_raja_opens_a_malay_name_not_an_office():  # (a guard: "Raja Negeri" was tried as an office)
    text = "Camat Merbau, Raja Syahrial, S.STP, mengapresiasi pemerintah desa. Raja Azmi (50), pedagang ikan, merugi."
    assert [(p.name, p.position) for p in find_people([text])] == [("Raja Syahrial", "Camat Merbau"),
                                                                   ("Raja Azmi", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Program itu sudah berjalan sejak Januari, kata Irwan Basri.",
        "Program itu berjalan baik, ujar Irwan Basri saat ditemui di kantornya.",
        "Menurut Irwan Basri, program itu sudah berjalan sejak Januari.",
    ],
)
def test_a_full_name_after_a_speech_verb_is_a_person(text):
    # (the CRF backstop finds some such names and misses others; the speech verb decides)
    assert [(p.name, p.position) for p in find_people([text])] == [("Irwan Basri", None)]


def test_a_body_after_a_speech_verb_is_no_person():  # (a guard)
    assert find_people(["Program itu berjalan baik, kata Dinas Pendidikan."]) == []


def test_one_name_then_salah_satu_warga_and_a_village_opening_a_sentence():
    text = "Hujan turun sejak pagi. Joni salah satu warga Sukadana mengatakan, bantuan belum datang."
    assert [p.name for p in find_people([text])] == ["Joni"]


def test_a_later_office_that_spells_out_the_first_one_is_kept():
    paragraphs = [
        "Dedi Kurniawan (Kepala BMKG Kabupaten Tuban)",
        '"Warga diminta tetap tenang," ujar Kepala Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) '
        "Kabupaten Tuban, Dedi Kurniawan.",
    ]
    assert [(p.name, p.position) for p in find_people(paragraphs)] == [
        ("Dedi Kurniawan", "Kepala Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Kabupaten Tuban")
    ]


def test_a_bare_regional_office_gives_way_to_the_same_office_with_its_place():
    paragraphs = [
        "Rombongan dipimpin langsung oleh Wakil Bupati, Ngesti Nugraha dan Sekda Gunawan Wibisono.",
        "Menteri meminta kepada Wakil Bupati (Wabup) Semarang, Ngesti Nugraha untuk menegur pejabatnya.",
    ]
    found = [(p.name, p.position) for p in find_people(paragraphs)]
    assert ("Ngesti Nugraha", "Wakil Bupati (Wabup) Semarang") in found


def test_a_later_office_that_only_adds_company_forms_does_not_replace_the_first():  # (a guard)
    paragraphs = [
        "Direktur Utama Wijaya Karsa Persada, Bambang Setyo Nugroho, meninjau proyek.",
        "Direktur Utama PT Wijaya Karsa Persada (Persero) Tbk Bambang Setyo Nugroho (tengah).",
    ]
    assert [(p.name, p.position) for p in find_people(paragraphs)] == [
        ("Bambang Setyo Nugroho", "Direktur Utama Wijaya Karsa Persada")
    ]


def test_a_glued_haji_inside_a_north_maluku_name_and_initials_after_the_office():
    text = (
        "Hadir Wakil Bupati Kasman Hi.Ahmad, Sekda Halut E.J Papilaya, Dandim 1508/Tobelo Letkol Inf "
        "Alex Donald M.L Gaol dan pejabat lain."
    )
    assert [(p.name, p.position) for p in find_people([text])] == [
        ("Kasman Hi. Ahmad", "Wakil Bupati"),
        ("E.J Papilaya", "Sekda Halut"),
        ("Alex Donald M.L Gaol", "Dandim 1508/Tobelo"),
    ]


def test_a_party_after_fraksi_belongs_to_the_office():
    text = "Juru Bicara Fraksi Gerindra DPRD Kota Kendari Simon Mantong berharap PAD naik."
    assert [(p.name, p.position) for p in find_people([text])] == [
        ("Simon Mantong", "Juru Bicara Fraksi Gerindra DPRD Kota Kendari")
    ]


def test_one_office_held_by_a_list_of_names():
    text = "Rapat didampingi oleh wakil ketua DPRD Sulut Michaela Paruntu, Stella Runtewene dan Royke Antel, Selasa."
    office = "wakil ketua DPRD Sulut"
    assert [(p.name, p.position) for p in find_people([text])] == [
        ("Michaela Paruntu", office), ("Stella Runtewene", office), ("Royke Antel", office)
    ]


def test_a_list_after_a_single_holder_office_does_not_share_it():  # (a guard)
    text = "Hadir Bupati Gianyar Made Agus, Ketut Suda dan Wayan Dana di pura itu."
    assert [(p.name, p.position) for p in find_people([text])][0] == ("Made Agus", "Bupati Gianyar")
    assert all(p.position is None for p in find_people([text])[1:])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pengamat Hukum Universitas Mulawarman Samarinda Herdiansyah Hamzah juga menyoroti DPA.",
         ("Herdiansyah Hamzah", "Pengamat Hukum Universitas Mulawarman Samarinda")),
        ("Hal itu dikatakan pengamat politik Universitas Andalas Feri Amsari kepada wartawan.",
         ("Feri Amsari", "pengamat politik Universitas Andalas")),
        ("Dosen Fakultas Hukum Universitas Mulawarman Budi Hartono mengatakan hal itu.",
         ("Budi Hartono", "Dosen Fakultas Hukum Universitas Mulawarman")),
        # a bare role before a name stays a role
        ("Pengamat politik Budi Hartono mengatakan hal itu.", ("Budi Hartono", None)),
        # the role's own rule keeps "dari" and the body
        ("Pengamat UMKM dari Universitas Padjadjaran, Yudi Permana, menilai perajin mampu bersaing.",
         ("Yudi Permana", "Pengamat UMKM dari Universitas Padjadjaran")),
    ],
)
def test_an_experts_field_and_body_read_like_an_office(text, expected):
    assert [(p.name, p.position) for p in find_people([text])] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kepala Sekolah SD Inpres Wamena, Ibu Martha Wetipo, mengatakan murid kembali belajar.",
         ("Martha Wetipo", "Kepala Sekolah SD Inpres Wamena")),
        ("Ondoafi Kampung Yoboi, Yustus Felle, menyambut tamu.", ("Yustus Felle", "Ondoafi Kampung Yoboi")),
        ("Camat Wamena, Bapak Yohanis Wenda, mengatakan warga tenang.", ("Yohanis Wenda", "Camat Wamena")),
    ],
)
def test_eastern_schools_customary_heads_and_a_polite_form_before_the_name(text, expected):
    assert [(p.name, p.position) for p in find_people([text])] == [expected]


def test_an_affixed_noun_in_title_case_is_no_name():
    text = (
        "Penggeledahan sesuai surat dari Kepala Kejati Kaltara dan Penetapan Izin Penggeledahan dari Ketua "
        "Pengadilan Tipikor."
    )
    assert [p.name for p in find_people([text])] == []


@pytest.mark.parametrize("name", ["Budi Setiawan", "Yohanes Sebastian", "Hendri Kurniawan"])
def test_names_ending_like_affixed_nouns_stay_names(name):  # (a guard)
    assert [p.name for p in find_people([f"Kepala Dinas Sosial {name} mengatakan bantuan cair."])] == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Koordinator Jaringan Masyarakat Peduli Pegunungan Kendeng Gunretno menolak tambang.",
         ("Gunretno", "Koordinator Jaringan Masyarakat Peduli Pegunungan Kendeng")),
        ("Ketua Forum Peduli Danau Toba Sahat Sinaga meminta pemerintah bertindak.",
         ("Sahat Sinaga", "Ketua Forum Peduli Danau Toba")),
    ],
)
def test_a_geographic_name_inside_an_office(text, expected):
    assert [(p.name, p.position) for p in find_people([text])] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Menurut camat Sumbang, Budi Hartono, warga sudah dievakuasi.", ("Budi Hartono", "camat Sumbang")),
        ("Ditemui terpisah, kepala desa Karanggude Budi Hartono membenarkan kejadian itu.",
         ("Budi Hartono", "kepala desa Karanggude")),
    ],
)
def test_a_regional_office_in_lower_case_with_its_place(text, expected):
    assert [(p.name, p.position) for p in find_people([text])] == [expected]


def test_a_title_case_verb_in_a_caption_ends_the_name():
    text = "Foto : Wakil Bupati Lombok Timur Rumaksi dan Ketua DPRD Lotim Murnan Memimpin sidang Paripurna Istimewa |"
    assert ("Murnan", "Ketua DPRD Lotim") in [(p.name, p.position) for p in find_people([text])]


@pytest.mark.parametrize("name", ["Megawati Soekarnoputri", "Mentari Putri", "Melati Suryani"])
def test_names_that_open_like_men_verbs_stay_names(name):  # (a guard)
    assert [p.name for p in find_people([f"Kepala Dinas Sosial {name} mengatakan bantuan cair."])] == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Untuk apa kita bahas KUA," protes, Ambo Dalle anggota Banggar.', ("Ambo Dalle", "anggota Banggar")),
        ("Budi Hartono anggota Komisi III DPRD Banyumas mengatakan anggaran cukup.",
         ("Budi Hartono", "anggota Komisi III DPRD Banyumas")),
        ("Menurut Budi Hartono anggota Fraksi Golkar, anggaran cukup.", ("Budi Hartono", "anggota Fraksi Golkar")),
        # a lower-case head with no body after it stays a description (a guard)
        ("Budi Hartono ketua panitia mengatakan acara lancar.", ("Budi Hartono", None)),
    ],
)
def test_a_lower_case_office_with_its_body_right_after_the_name(text, expected):
    assert [(p.name, p.position) for p in find_people([text])] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a connective opens the sentence before the name and its office
        ("Kemudian Amir Syarifuddin yang saat ini sebagai Kepala Dinas Kesehatan Aceh Utara dengan pangkat "
         "pembina.", [("Amir Syarifuddin", "Kepala Dinas Kesehatan Aceh Utara")]),
        ("Namun Budi Hartono yang juga Ketua DPC PKB Banyumas menolak.", [("Budi Hartono", "Ketua DPC PKB Banyumas")]),
        # "dan" then a second name with its own office ends the first office
        ("Kemudian Azhari, Kepala Dinas Koperasi Usaha Kecil dan Menengah Pemerintah Aceh dan Teuku Syahrida, "
         "Kepala Dinas Perhubungan Kabupaten Gayo Lues.",
         [("Azhari", "Kepala Dinas Koperasi Usaha Kecil dan Menengah Pemerintah Aceh"),
          ("Teuku Syahrida", "Kepala Dinas Perhubungan Kabupaten Gayo Lues")]),
        # a housing agency's short form and a regency's short form
        ("Kadis Perukim Nisel Yudika Duha berdalih bangunan itu pekerjaan tambahan.",
         [("Yudika Duha", "Kadis Perukim Nisel")]),
    ],
)
def test_forms_from_real_copy_session_thirteen(text, expected):
    assert [(p.name, p.position) for p in find_people([text])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "H" between two name words is part of the name (Haji, the father's title, or an initial)
        ("Sebelumnya Kakanmenag Kab Bima H Yaman H Mahmud mengalungkan kain khas Bima.",
         [("Yaman H Mahmud", "Kakanmenag Kab Bima")]),
        # "dokter" written out before the name
        ("Kepala Dinas Kesehatan Jayawijaya dokter Willy Mambieuw di Wamena mengatakan stok obat cukup.",
         [("Willy Mambieuw", "Kepala Dinas Kesehatan Jayawijaya")]),
        # one word after a body's acronym is its place; one name word after the comma closes the sentence
        ("Rombongan disambut Ketua UPTD TPAS Burangkeng,  Maulana. Ia menjelaskan asal truk.",
         [("Maulana", "Ketua UPTD TPAS Burangkeng")]),
    ],
)
def test_forms_from_real_copy_session_thirteen_b(text, expected):
    assert [(p.name, p.position) for p in find_people([text])] == expected


def test_dokter_before_a_body_is_no_title():  # (a guard)
    assert find_people(["Para dokter Puskesmas Sumbang bekerja keras melayani pasien."]) == []


def test_a_list_of_sites_names_nobody():
    text = (
        "Obyek wisata yang kini dikelola adalah Tirta Empul, Goa Gajah, Gunung Kawi Tampaksiring, Gunung Kawi "
        "Sebatu, Yeh Pulu, Alam Sidan dan Candi Tebing Tegallinggah."
    )
    assert find_people([text]) == []


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a full name, then "salah seorang" and a role, no comma
        (["Sementara itu, Rosinta Nainggolan salah seorang penerima bantuan bibit mengucapkan terima kasih."],
         [("Rosinta Nainggolan", None)]),
        # a national park and a health card are no names
        (["Soal penutupan Taman Nasional Komodo, Kadis Pariwisata Manggarai Barat, Stefanus Jemsifori menjelaskan "
          "hal itu."], [("Stefanus Jemsifori", "Kadis Pariwisata Manggarai Barat")]),
        (["Layanan bagi pemilik Kartu Papua Sehat (KPS) di RSUD Biak gratis."], []),
        # a short form in lower case in brackets
        (["Sekretaris Daerah (sekda) Kota Siantar Junaedi Sitanggang hadir setelah ditunjuk wali kota."],
         [("Junaedi Sitanggang", "Sekretaris Daerah (sekda) Kota Siantar")]),
        # the short form first, then the office spelt out with it in brackets
        (["Sekda Junaedi Sitanggang hadir.",
          "Sekretaris Daerah (Sekda) Kota Siantar Junaedi Sitanggang mengatakan rapat ditunda."],
         [("Junaedi Sitanggang", "Sekretaris Daerah (Sekda) Kota Siantar")]),
    ],
)
def test_forms_from_real_copy_session_thirteen_c(paragraphs, expected):
    assert [(p.name, p.position) for p in find_people(paragraphs)] == expected
