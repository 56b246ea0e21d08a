"""Quote spans and speaker attribution, one cue type per test (invented text)."""

import pytest

from humpro.monitoring.extract import extract_document
from humpro.monitoring.extract.people import find_people
from humpro.monitoring.extract.quotes import extract_quotes


def quotes(paragraphs):
    people = find_people(paragraphs)
    return [(q.text, q.speaker_name) for q in extract_quotes(paragraphs, people)]


def test_post_quote_named_cue():
    paras = [
        "Bupati Lembah Hijau Ahmad Fauzan meninjau pasar.",
        "Wakil Bupati Lembah Hijau Rudi Hartono ikut mendampingi.",
        "“Harga beras masih stabil sampai akhir bulan ini,” ujar Ahmad.",
    ]
    assert quotes(paras) == [("Harga beras masih stabil sampai akhir bulan ini", "Ahmad Fauzan")]


def test_post_quote_nya_and_pronoun_cues_resolve_to_latest_speaker():
    paras = [
        "Camat Seruni Dodi Firmansyah mengatakan jalan desa segera diaspal.",
        "“Pengerjaan dimulai pekan depan setelah kontrak ditandatangani,” tuturnya.",
        "Kepala Desa Sukamaju Wati Lestari menyambut baik rencana itu.",
        '"Warga sudah lama menunggu perbaikan jalan ini," kata dia.',
    ]
    assert quotes(paras) == [
        ("Pengerjaan dimulai pekan depan setelah kontrak ditandatangani", "Dodi Firmansyah"),
        ("Warga sudah lama menunggu perbaikan jalan ini", "Wati Lestari"),
    ]


def test_subject_of_speech_verb_beats_a_later_object_mention():
    paras = [
        "Ketua Komite Sekolah, Drs. Hasan Basri, mengatakan bantuan itu tidak lepas dari "
        "perhatian Gubernur Nusa Makmur Hendra Wiratama.",
        "“Kami sangat berterima kasih atas bantuan meja dan kursi baru,” harapnya.",
    ]
    assert quotes(paras)[0][1] == "Hasan Basri"


def test_pre_quote_cue_and_menurut():
    paras = [
        "Kepala Dinas Sosial Kota Seruni Ratna Dewi mengatakan: "
        "“Bantuan disalurkan lewat rekening.”",
        "Menurut Ratna, “Penerima sudah diverifikasi oleh petugas kelurahan.”",
    ]
    assert [s for _t, s in quotes(paras)] == ["Ratna Dewi", "Ratna Dewi"]


def test_name_then_verb_after_quote():
    paras = [
        "Anggota DPRD Kota Seruni Yusuf Hakim hadir dalam rapat.",
        "“Anggaran untuk sekolah harus dinaikkan tahun depan,” Yusuf menambahkan.",
    ]
    assert quotes(paras)[0][1] == "Yusuf Hakim"


def test_speaker_introduced_only_in_the_cue():
    paras = [
        "Rapat berlangsung hingga sore.",
        "“Kami akan menambah armada angkutan sekolah,” kata Kepala Dinas Perhubungan "
        "Kota Seruni Agus Riyadi.",
    ]
    people = find_people(paras)
    found = extract_quotes(paras, people)
    assert found[0].speaker_name == "Agus Riyadi"
    assert any(
        p.name == "Agus Riyadi" and p.position == "Kepala Dinas Perhubungan Kota Seruni"
        for p in people
    )


def test_multi_paragraph_quote():
    paras = [
        "Kepala Sekolah SMPN 2 Seruni, Nina Kurnia, menjelaskan proses pendaftaran.",
        "“Pendaftaran dibuka secara daring mulai Senin.",
        "Orang tua cukup mengunggah kartu keluarga dan rapor,” ujarnya.",
    ]
    assert quotes(paras) == [
        (
            "Pendaftaran dibuka secara daring mulai Senin. Orang tua cukup mengunggah "
            "kartu keluarga dan rapor",
            "Nina Kurnia",
        )
    ]


def test_quote_reopened_in_the_next_paragraph_is_given_in_its_parts():
    # each paragraph opens with a mark and only the last closes: the parts are quoted as printed,
    # and the first part is said by whoever the cue after the last part names
    paras = [
        "Kepala Balai Wilayah Sungai Sumatera V, Fajar Hidayat, meninjau saluran induk.",
        "“Saluran ini dibangun tahun 1970-an dan banyak yang jebol.",
        "“Dengan perbaikan ini, air sampai ke petak tersier,” kata Fajar.",
    ]
    assert quotes(paras) == [
        ("Saluran ini dibangun tahun 1970-an dan banyak yang jebol.", "Fajar Hidayat"),
        ("Dengan perbaikan ini, air sampai ke petak tersier", "Fajar Hidayat"),
    ]


def test_continuation_quote_without_cue_keeps_the_speaker():
    paras = [
        "Bupati Lembah Hijau Ahmad Fauzan membuka pameran.",
        "“Produk UMKM kita sudah layak masuk pasar ekspor,” ujarnya.",
        "“Pemerintah akan membantu sertifikasi halal secara gratis.”",
    ]
    assert [s for _t, s in quotes(paras)] == ["Ahmad Fauzan", "Ahmad Fauzan"]


def test_scare_quotes_and_titles_are_not_quotes():
    paras = [
        "Warga menyebut jembatan itu “jembatan harapan” bagi desanya.",
        "Dinas menggelar lomba bertema “Desa Bersih Desa Sehat Menuju Nusa Makmur Gemilang” "
        "di alun-alun.",
        'Anggaran sempat di-"refocusing" untuk penanganan banjir.',
    ]
    assert quotes(paras) == []


def test_double_escaped_entities_and_duplicates():
    raw = (
        "Judul\n\nCamat Seruni Dodi Firmansyah hadir.\n\n"
        "&amp;quot;Sampah harus dipilah dari rumah,&amp;quot; ujar Dodi.\n\n"
        "&amp;quot;Sampah harus dipilah dari rumah,&amp;quot; ujar Dodi.\n"
    )
    out = extract_document(raw, fmt="text")
    assert out["quotes"] == [
        {"text": "Sampah harus dipilah dari rumah", "speaker": "Dodi Firmansyah"}
    ]


def test_cue_naming_only_an_office_goes_to_its_holder():
    paras = [
        "Bupati Lembah Hijau Ahmad Fauzan meninjau jalan rusak bersama Wakil Bupati Rudi Hartono "
        "dan Camat Seruni, Dodi Firmansyah.",
        "“Alat berat sudah tiba, warga kami minta bersabar,” ujar Bupati.",
        "“Laporan warga sudah kami teruskan sejak bulan lalu,” timpal Camat.",
    ]
    people = find_people(paras)
    assert [p.name for p in people] == ["Ahmad Fauzan", "Rudi Hartono", "Dodi Firmansyah"]
    assert [(q.text, q.speaker_name) for q in extract_quotes(paras, people)] == [
        ("Alat berat sudah tiba, warga kami minta bersabar", "Ahmad Fauzan"),
        ("Laporan warga sudah kami teruskan sejak bulan lalu", "Dodi Firmansyah"),
    ]
    assert [p.name for p in people] == ["Ahmad Fauzan", "Rudi Hartono", "Dodi Firmansyah"]


def test_office_cue_without_a_single_holder_names_nobody():
    paras = [
        "Rapat dihadiri para camat se-Kabupaten Lembah Hijau.",
        "“Semua laporan harus masuk sebelum Jumat,” ujar Camat.",
    ]
    assert quotes(paras) == [("Semua laporan harus masuk sebelum Jumat", None)]


def test_name_set_off_by_commas_after_a_role_is_the_speaker():
    paras = [
        "Mantan pegawai dinas pendapatan Dani Pratama diperiksa penyidik kejaksaan, Senin.",
        "“Tidak ada dana sebesar itu di rekening klien kami,” terang kuasa hukum Dani, Rizal Fahmi, kepada wartawan.",
        "“Jalan ini sudah setahun rusak,” kata warga setempat, Budi Santoso, Selasa.",
        "“Kami menunggu janji perbaikan,” kata seorang warga yang enggan disebut namanya.",
    ]
    assert quotes(paras) == [
        ("Tidak ada dana sebesar itu di rekening klien kami", "Rizal Fahmi"),
        ("Jalan ini sudah setahun rusak", "Budi Santoso"),
        ("Kami menunggu janji perbaikan", "seorang warga"),
    ]


def test_abbreviated_office_cue_and_office_subject():
    paras = [
        "Kepala Kejaksaan Negeri Pinrang, Dr. Rahmawati Yusuf, S.H., M.H., menegaskan penyidikan berlanjut. "
        "Menurut Kajari, “Kami masih menelusuri aliran dana ke pihak ketiga.”",
        "Wakil Gubernur Sulawesi Selatan Andi Makkasau meninjau pasar.",
        "Wagub juga berdialog dengan pedagang sayur, Hj. Sitti Rahma (52), yang sudah lama berjualan. "
        "“Jaga kebersihan pasar ini bersama-sama,” pesan beliau kepada Sitti.",
    ]
    assert quotes(paras) == [
        ("Kami masih menelusuri aliran dana ke pihak ketiga.", "Rahmawati Yusuf"),
        ("Jaga kebersihan pasar ini bersama-sama", "Andi Makkasau"),
    ]


def test_dialogue_cues_and_objects_of_termasuk():
    paras = [
        "Dalam rapat itu, anggota Komisi IV Rendra Pratama mencecar Kepala SMPN 14, Siti Aminah.",
        "“Ini sumbangan atau pungutan, Bu?” tanya Rendra.",
        "“Itu hasil kesepakatan komite, Pak,” jawab Siti.",
        "“Tapi di surat edaran tertulis wajib,” balas Rendra.",
        "Kasi Pidsus Kejari Lahat, Bambang Suryadi, mengatakan 27 saksi telah diperiksa, termasuk "
        "Camat Kikim Timur saat itu, Darwin Effendi.",
        "“Tidak menutup kemungkinan ada tersangka baru,” tegasnya.",
    ]
    assert quotes(paras) == [
        ("Ini sumbangan atau pungutan, Bu?", "Rendra Pratama"),
        ("Itu hasil kesepakatan komite, Pak", "Siti Aminah"),
        ("Tapi di surat edaran tertulis wajib", "Rendra Pratama"),
        ("Tidak menutup kemungkinan ada tersangka baru", "Bambang Suryadi"),
    ]


def test_misspelt_name_in_a_cue_is_the_person_already_named():
    paras = [
        "Kepala Dinas Pendidikan Seluma, Drs. Hendrik Sitompul, M.Pd., mengakui honor guru terlambat.",
        "“Kas kita memang sedang kosong,” kata Hendrick.",
    ]
    people = find_people(paras)
    assert [(q.text, q.speaker_name) for q in extract_quotes(paras, people)] == [
        ("Kas kita memang sedang kosong", "Hendrik Sitompul")
    ]
    assert [p.name for p in people] == ["Hendrik Sitompul"]


def test_first_name_short_form_title_and_described_single_name():
    paras = [
        "Klub mendatangkan penyerang asal Brasil, Rafael Duarte Monteiro, dan manajer tim Hendri Kurniawan hadir.",
        "Pelatih kepala, Dedi Firmansyah, mengatakan Rafael dipilih setelah trial.",
        "“Insting golnya bagus,” kata Coach Dedi.",
        "Hendri Kurniawan menambahkan nilai kontrak dirahasiakan.",
        "Rafa mengaku senang. “Saya siap bekerja keras,” ucap pemain berusia 27 tahun itu.",
        "Bupati menyapa Rahmat dan Dimas. Rahmat, siswa kelas VIII SMP Negeri 2, mengaku senang. "
        "“Sekarang tidak takut lagi,” ujarnya.",
    ]
    assert quotes(paras) == [
        ("Insting golnya bagus", "Dedi Firmansyah"),
        ("Saya siap bekerja keras", "Rafael Duarte Monteiro"),
        ("Sekarang tidak takut lagi", "Rahmat"),
    ]


def test_unnamed_source_introduced_after_the_last_named_person():
    paras = [
        "Kepala sekolah Marlina Sari membantah ada pungutan wajib.",
        "Salah satu orang tua siswa, yang meminta namanya tidak ditulis, mengaku keberatan.",
        "“Katanya sukarela, tapi nominalnya ditentukan,” ujarnya.",
        "Marlina kembali menegaskan sumbangan itu tidak mengikat.",
        "“Tidak ada sanksi bagi yang tidak membayar,” tuturnya.",
    ]
    assert quotes(paras) == [
        ("Katanya sukarela, tapi nominalnya ditentukan", "salah satu orang tua siswa"),
        ("Tidak ada sanksi bagi yang tidak membayar", "Marlina Sari"),
    ]


def test_tanya_is_a_cue_not_a_pronoun():
    paras = [
        "Sidang dipimpin hakim ketua Robert Sinaga dengan jaksa penuntut umum Ani Lestari.",
        "“Uang itu saudara pakai untuk apa?” tanya Robert.",
    ]
    assert quotes(paras) == [("Uang itu saudara pakai untuk apa?", "Robert Sinaga")]


def test_ambiguous_short_name_goes_to_the_person_named_first():
    paras = [
        "Wali Kota Tanjungbalai H. Rahmat Hidayat Lubis menyerahkan penghargaan kepada kader posyandu.",
        "Penyerahan disaksikan Ketua TP PKK Hj. Nur Aini Hidayat dan Camat Datuk Bandar, Ferry Sinaga.",
        "“Kader posyandu adalah garda terdepan,” ujar Hidayat.",
    ]
    assert quotes(paras) == [("Kader posyandu adalah garda terdepan", "Rahmat Hidayat Lubis")]


def test_unnamed_subject_before_ia_is_the_speaker():
    paras = [
        "“Air mati sejak Senin,” kata Rukiah (39), warga Kelurahan Seruni.",
        "Hal serupa dialami seorang pedagang bakso di Jalan Merpati. Ia terpaksa tutup dua hari.",
        "“Dagangan tidak bisa dibuat tanpa air,” ujarnya.",
    ]
    assert quotes(paras)[1] == ("Dagangan tidak bisa dibuat tanpa air", "seorang pedagang bakso di jalan merpati")


def test_uncued_quote_after_a_menurutnya_sentence():
    paras = [
        "Hal senada disampaikan Rohana Situmorang, pedagang di Pasar Siborong. Menurutnya pasokan barang"
        " sering terlambat. “Kalau truk tidak mau masuk, kami yang susah.",
    ]
    assert quotes(paras) == [("Kalau truk tidak mau masuk, kami yang susah.", "Rohana Situmorang")]


def test_cue_name_after_an_honorific_with_a_dot():
    paras = [
        "Keuchik Gampong Lam Ara, Tgk. Zulfikar Hamid, mengaku lega.",
        "“Sekarang warga punya ambulans sendiri,” ucap Tgk. Zulfikar.",
    ]
    assert quotes(paras) == [("Sekarang warga punya ambulans sendiri", "Zulfikar Hamid")]


def test_short_given_name_in_a_cue_is_the_person_named_before():
    doc = extract_document(
        "<h1>Sidang Dana Hibah</h1>\n<p>Usai sidang, penasihat hukum terdakwa, Fransiskus Xaverius Laoli, S.H.,"
        " menilai keterangan saksi lemah.</p><p>“Itu pengakuan sepihak. Kami akan uji di persidangan"
        " berikutnya,” ucap Frans. Sidang dilanjutkan pekan depan.</p>",
        fmt="html_fragment",
    )
    assert [q["speaker"] for q in doc["quotes"]] == ["Fransiskus Xaverius Laoli"]
    assert [p["name"] for p in doc["people"]] == ["Fransiskus Xaverius Laoli"]



@pytest.mark.parametrize(
    ("copy", "people", "speaker"),
    [
        (  # a nickname after "alias" attributes later quotes to the person
            "Relawan Puji Koordinasi\n\nBANJAR - Hal senada disampaikan Ahmad Junaedi alias Utuh Jun, relawan dari"
            " Desa Sungai Tabuk.\n\n\"Sekarang satu komando, bantuan tidak menumpuk,\" tutur Utuh.",
            [("Ahmad Junaedi", None)],
            "Ahmad Junaedi",
        ),
        (  # a caption above the dateline does not set the office; the copy's fuller form does
            "Gubernur Resmikan Jembatan\n\nGubernur Kalteng H. Darius Tambun menggunting pita peresmian jembatan.\n\n"
            "KUALA KURUN - Gubernur Kalimantan Tengah, H. Darius Tambun, meresmikan jembatan di Gunung Mas, Senin"
            " (15/7/2024).\n\n\"Jembatan ini urat nadi warga,\" kata Darius.",
            [("Darius Tambun", "Gubernur Kalimantan Tengah")],
            "Darius Tambun",
        ),
        (  # a nickname with a form of address ("akrab disapa Cek Ros") is the person introduced before
            "Penenun Songket Kebanjiran Pesanan\n\nPALEMBANG - Di teras rumah itu, Rosminah (58) atau yang akrab"
            " disapa Cek Ros tekun memasukkan benang emas.\n\n\"Sekarang sampai menolak pesanan,\" kata Cek Ros"
            " sambil tersenyum.",
            [("Rosminah", None)],
            "Rosminah",
        ),
        (  # a person named after the pronoun subject ("Ia ... pelanggan Rosminah") is not the antecedent
            "Songket Laris\n\nPALEMBANG - Rosminah (58) kebanjiran pesanan songket.\n\nSalah satu pelanggan, Dewi"
            " Anggreini (35) asal Jakarta, datang langsung. Ia mengaku sudah tiga tahun menjadi pelanggan"
            " Rosminah.\n\n\"Kalau beli langsung di sini, kita tahu siapa yang menenun,\" katanya.",
            [("Rosminah", None), ("Dewi Anggreini", None)],
            "Dewi Anggreini",
        ),
    ],
)
def test_nicknames_captions_and_pronoun_subjects(copy, people, speaker):
    out = extract_document(copy, fmt="text")
    assert [(p["name"], p["position"]) for p in out["people"]] == people
    assert out["quotes"][0]["speaker"] == speaker


def test_acting_office_cue_goes_to_the_acting_holder():
    # the cue names the office with its acting prefix; the one holder of that office is the speaker
    paras = [
        "Plt Wali Kota Lembah Hijau Ahmad Fauzan meninjau pasar bersama Camat Seruni Dodi Firmansyah.",
        "“Harga beras harus turun pekan ini,” ujar Plt Wali Kota.",
    ]
    people = find_people(paras)
    from humpro.monitoring.extract.aliases import office_holder

    assert office_holder("Plt Wali Kota", people) == 0
    assert office_holder("Plt. Camat", people) == 1
    assert quotes(paras) == [("Harga beras harus turun pekan ini", "Ahmad Fauzan")]


def test_bare_question_in_a_court_dialogue_is_the_askers():
    paras = [
        "Sidang dipimpin hakim ketua Hendra Wijaya. Saksi Wahyu Santoso, kontraktor, hadir.",
        "“Saudara serahkan uang itu di mana?” tanya hakim Hendra.",
        "“Di rumah makan dekat terminal, Yang Mulia,” jawab Wahyu.",
        "“Untuk apa uang itu?”",
        "“Supaya perusahaan kami dapat paket jalan,” ujar Wahyu.",
    ]
    assert [s for _t, s in quotes(paras)] == ["Hendra Wijaya", "Wahyu Santoso", "Hendra Wijaya", "Wahyu Santoso"]


def test_pronoun_subject_paragraph_sends_the_antecedent_further_back():
    paras = [
        "Anggota DPRD Pati, Sri Wahyuni, menyebut jalan itu rusak sejak lama.",
        "“Kami sudah menyampaikan aspirasi masyarakat ke pemerintah,” ucapnya.",
        "Dirinya juga sudah mengadu ke dinas. Bahkan, dirinya bersama kepala desa Karangsari, Joko Pramono "
        "yang merupakan suaminya mengancam akan mengerahkan warga.",
        "“Truk tambang tidak mau mengalah, kami yang harus bersabar,” imbuh politisi itu.",
    ]
    assert [s for _t, s in quotes(paras)] == ["Sri Wahyuni", "Sri Wahyuni"]


def test_a_name_after_the_pronoun_sentence_keeps_its_antecedent():
    paras = [
        "Rapat dipimpin Ketua Komisi I DPRD Paser, Andi Lestari. Hadir pula Kepala Disdik, Yohanes Palinggi.",
        "“Kami mohon maaf, verifikasi memakan waktu,” kata Yohanes.",
        "Namun, penjelasan itu dinilai tidak masuk akal oleh Andi Lestari. Ia menyebut verifikasi semestinya selesai.",
        "“Jangan jadikan verifikasi alasan menahan hak orang,” tegasnya.",
    ]
    assert [s for _t, s in quotes(paras)] == ["Yohanes Palinggi", "Andi Lestari"]


def test_a_place_after_warga_is_no_speaker():
    paras = [
        "“Kami berharap jalan ini diperbaiki,” kata Elias Wenda, warga Kampung Yoka.",
        "Ia mengatakan jalan itu jalur alternatif bagi warga Arso, Kabupaten Keerom, yang menjual hasil bumi.",
        "“Harapan kami, pemerintah segera melihat hal ini,” katanya.",
    ]
    assert [s for _t, s in quotes(paras)] == ["Elias Wenda", "Elias Wenda"]


def test_initials_of_a_hyphenated_name_name_the_speaker():
    paras = [
        "Pelatih Timnas Indonesia, Park Jae-won, puas dengan permainan anak asuhnya.",
        "“Pemain menjalankan instruksi dengan baik,” kata PJW.",
    ]
    assert [s for _t, s in quotes(paras)] == ["Park Jae-won"]


def test_begitulah_respon_names_the_speaker_after_the_quote():
    paras = ["“Seperti sungai kalau hujan,” begitulah respon Sumarni, warga Desa Mekar Jaya, soal jalan itu."]
    assert quotes(paras) == [("Seperti sungai kalau hujan", "Sumarni")]


def test_a_quote_cut_by_the_end_of_the_copy_is_kept_but_a_scare_quote_is_not():
    paras = [
        "Kepala Dinas Kesehatan Kota Seruni Yusuf Hakim meminta petugas berbenah.",
        "“Kita ingin pelayanan ramah, re",
    ]
    assert quotes(paras) == [("Kita ingin pelayanan ramah, re", "Yusuf Hakim")]
    assert quotes(["Yusuf Hakim menyebut “pelayanan prima” sebagai"]) == []


def test_a_cut_off_quote_goes_to_the_articles_last_speaker():
    paras = [
        "Sekda Kota Seruni Ir. Ahmad Fauzan membuka forum itu.",
        "“Forum ini mencari titik temu usulan warga,” kata Ahmad.",
        "Dikatakan, kualitas musrenbang menentukan usulan yang diakomodasi.",
        "Adapun tahun depan adalah tahun terakhir rencana jangka menengah kota.",
        "“Usulan program tahun depan dip",
    ]
    assert quotes(paras)[-1] == ("Usulan program tahun depan dip", "Ahmad Fauzan")


def test_any_nya_word_after_a_quote_closed_by_a_comma_points_back():
    paras = [
        "Wakil Bupati Sigi Hermansyah hadir dalam rapat itu. “Nanti saja, masih belum selesai,” singkatnya.",
    ]
    assert quotes(paras) == [("Nanti saja, masih belum selesai", "Hermansyah")]


def test_a_quote_cut_by_the_end_of_the_copy_after_a_full_sentence_goes_to_the_last_person_named():
    paras = [
        "Kepala Dinas Perhubungan Arif Santoso menyebut pendekatan ini menambah penumpang. "
        "“Jalannya terhubung, kotanya terintegrasi, d",
    ]
    assert quotes(paras) == [("Jalannya terhubung, kotanya terintegrasi, d", "Arif Santoso")]


def test_a_form_of_address_or_a_short_form_after_the_cue_is_the_person_named_in_full():
    paras = [
        "Wali Kota Seruni Eva Dwiyani meninjau saluran. “Kalau airnya lancar, banjir bisa ditekan,” kata Bunda Eva.",
    ]
    assert quotes(paras) == [("Kalau airnya lancar, banjir bisa ditekan", "Eva Dwiyani")]


def test_a_long_office_after_the_cue_then_its_holder():
    paras = [
        '"Sebanyak 4.088 KK terdampak," kata Kabid Kedaruratan dan Logistik Badan Penanggulangan Bencana Daerah '
        "(BPBD) Kabupaten Bima M Nurul Hadi, di Bima, Selasa (21/1/2025)."
    ]
    assert quotes(paras) == [("Sebanyak 4.088 KK terdampak", "M Nurul Hadi")]


def test_the_subject_speaks_not_the_official_who_accompanies_it():
    paras = [
        "Dodi Santoso Kepala Seksi Pidsus Kejari Seruni didampingi Kasi Intel Kejari Seruni Agus Wibowo "
        "menjelaskan, penetapan tersangka dilakukan setelah pemeriksaan saksi.",
        "“Bendahara tidak pernah memegang uang desa,” ujarnya.",
    ]
    assert quotes(paras) == [("Bendahara tidak pernah memegang uang desa", "Dodi Santoso")]


def test_a_person_named_after_a_lower_case_regency_unit_speaks():
    paras = [
        "Kepala Dinas PUPR kab. Barito Utara M. Topik mengatakan jalan itu dibangun desa.",
        "“Desa meminta dua alat berat dan kami meminjamkannya,” terang M. Topik.",
    ]
    assert quotes(paras) == [("Desa meminta dua alat berat dan kami meminjamkannya", "M. Topik")]


def test_a_quote_without_cue_after_a_passive_introduction_is_the_introduced_persons():
    paras = [
        "Bangkit Pasaribu, warga korban longsor, mengeluh.",
        "“Rumah kami belum dibangun,” kata Bangkit.",
        "Hal senada disampaikan Karyanto, warga Perum Asri yang terdampak longsor.",
        "“Dulu di perumahan kami ada 65 KK terdampak longsor.”",
    ]
    assert [s for _t, s in quotes(paras)] == ["Bangkit Pasaribu", "Karyanto"]


def test_a_quote_cut_by_the_end_of_the_copy_after_a_passive_introduction():
    paras = [
        "Bangkit Pasaribu, warga korban longsor, mengeluh.",
        "“Rumah kami belum dibangun,” kata Bangkit.",
        "Hal senada disampaikan Karyanto, warga Perum Asri yang terdampak longsor.",
        "“Dulu di perumahan kami ada 65 KK terdampak longsor di Peru",
    ]
    assert [s for _t, s in quotes(paras)] == ["Bangkit Pasaribu", "Karyanto"]


def test_a_nickname_before_sapaan_karibnya_is_the_person_named_before():
    paras = [
        "Pengamat hukum dari Universitas Lembah Hijau, Herdiansyah Hamzah, menyoroti lambannya DPA.",
        "Castro sapaan karibnya mengatakan keterlambatan DPA membuat anggaran terhambat.",
        "“Jangan sampai keterlambatan itu membuat anggaran terhambat,” ujar Castro saat dihubungi.",
    ]
    people = find_people(paras)
    assert [(q.text, q.speaker_name) for q in extract_quotes(paras, people)] == [
        ("Jangan sampai keterlambatan itu membuat anggaran terhambat", "Herdiansyah Hamzah")
    ]
    assert [p.name for p in people] == ["Herdiansyah Hamzah"]


def test_a_spaced_passive_introduction_with_a_comma():
    paras = [
        "“Kami masih memantau gempa susulan,” kata Kepala BMKG Tuban, Dedi Kurniawan.",
        "Hal yang sama juga di sampaikan, Kapolsek Tuban, Iptu Geng Wahono. Anggotanya menyisir pesisir.",
        "“Kita tadi langsung patroli ke wilayah pesisir.”",
    ]
    assert [s for _t, s in quotes(paras)] == ["Dedi Kurniawan", "Geng Wahono"]


def test_a_cut_quote_after_someone_new_was_named_is_not_the_last_speakers():
    paras = [
        "“Penyidik menyita beberapa dokumen,” kata Aspidsus Kejati Kaltara Samiaji Zakaria.",
        "Setelah seluruh dokumen diamankan, penggeledahan berakhir pukul 17.30.",
        "Dikonfirmasi perihal penggeledahan ini, Kepala Seksi Penerangan Hukum Kejati Kaltara, Andi Sugandi "
        "belum bersedia memberikan informasi. “Kalau bisa besok atau kapan dijadwalkan, gim",
    ]
    assert [s for _t, s in quotes(paras)] == ["Samiaji Zakaria", "Andi Sugandi"]


def test_an_office_cue_followed_by_a_long_clause_goes_to_its_holder():
    paras = [
        "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PAN-RB), Yuddy Cristandi, menyayangkan "
        "kunjungan kerja itu.",
        "“Kalau pegawainya tidak salah, karena diperintah atasannya,” ujar Menpan saat meninjau pelayanan di "
        "kantor BPN Kabupaten Semarang di Ungaran.",
    ]
    people = find_people(paras)
    assert [(q.text, q.speaker_name) for q in extract_quotes(paras, people)] == [
        ("Kalau pegawainya tidak salah, karena diperintah atasannya", "Yuddy Cristandi")
    ]
    assert [p.name for p in people] == ["Yuddy Cristandi"]


def test_a_politician_descriptor_goes_to_the_legislator_not_the_last_speaker():
    paras = [
        "Ketua DPRD Banyumas Dodi Firmansyah menilai program itu belum merata.",
        "Bupati Banyumas Achmad Husein menanggapi kritik itu. “Kami akan evaluasi,” ujar Husein.",
        "“Masih banyak desa yang belum tersentuh,” kata politisi PDI Perjuangan itu.",
    ]
    assert [s for _t, s in quotes(paras)] == ["Achmad Husein", "Dodi Firmansyah"]


def test_a_politician_descriptor_after_the_legislators_own_quote_stays_with_him():  # (a guard)
    paras = [
        "Anggota Komisi IV DPR RI Budi Hartono meminta pemerintah turun tangan.",
        "“Petani jangan dibiarkan rugi,” kata Budi. “Harga gabah harus dijaga,” ujar politikus Golkar itu.",
    ]
    assert [s for _t, s in quotes(paras)] == ["Budi Hartono", "Budi Hartono"]


def test_a_pronoun_cue_after_a_passive_verb_of_assent_goes_to_its_agent():
    paras = [
        "Joni salah satu warga Sukadana mengatakan bantuan belum datang.",
        "“Seharusnya pemkab lebih sigap membantu kami,” ujarnya.",
        "Keluhan Joni juga diamini warga lain, Yanti, yang juga korban banjir. “Pemkab nggak tahu sedang "
        "ngapain,” keluhnya.",
    ]
    people = find_people(paras)
    assert [p.name for p in people] == ["Joni", "Yanti"]
    assert [(q.speaker_name) for q in extract_quotes(paras, people)] == ["Joni", "Yanti"]


def test_the_person_after_tidak_hanya_is_not_the_subject():
    paras = [
        "Wildan Hakim, warga perumahan, mengeluh. “Kami harus beli air galon,” terangnya.",
        "Tidak hanya Wildan, ibu rumah tangga Neneng Suryani (75) juga merasakan hal yang sama. Ia membeli air "
        "kemasan. “Susah air, padahal musim hujan,” katanya.",
    ]
    assert [s for _t, s in quotes(paras)] == ["Wildan Hakim", "Neneng Suryani"]


def test_a_pronoun_paragraph_between_two_quotes_keeps_the_speaker():
    paras = [
        "Sekda Papua Aryoko Rumaropen menunjuk dua pelaksana tugas.",
        "“Jabatan itu tidak boleh dibiarkan kosong,” jelas Aryoko.",
        "Ia menambahkan, penunjukan dr. Andreas Pekey sebagai Plt Direktur RSUD Jayapura didasarkan pada "
        "kapasitasnya.",
        "“Pak Gubernur menekankan agar operasional rumah sakit tidak terganggu,” ujarnya.",
    ]
    assert [s for _t, s in quotes(paras)] == ["Aryoko Rumaropen", "Aryoko Rumaropen"]


def test_a_cut_quote_after_a_pronoun_paragraph_keeps_the_speaker():
    paras = [
        "Sekda Papua Aryoko Rumaropen menunjuk dua pelaksana tugas.",
        "“Jabatan itu tidak boleh dibiarkan kosong,” jelas Aryoko.",
        "Ia menambahkan, penunjukan dr. Andreas Pekey sebagai Plt Direktur RSUD Jayapura didasarkan pada "
        "kapasitasnya.",
        "“Pak Gubernur menekankan agar operasional rumah sakit tidak terganggu. Karena itu, beliau menunjuk",
    ]
    assert [s for _t, s in quotes(paras)] == ["Aryoko Rumaropen", "Aryoko Rumaropen"]
