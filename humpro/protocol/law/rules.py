"""Recognition rules: written position title -> tiers on each list that names the office.

Rules are tried in order on the normalised title (see ``text.normalize``); the first match
wins, so specific rules come before general ones. A rule gives, per list level, the tier
where UU 9/2010 names the office, either by title or by the generic eselon wording
("pejabat eselon II" in Pasal 10 ayat (1) huruf p and Pasal 11 ayat (1) huruf j, etc.).
A ``reject`` rule recognises a title that the law deliberately gives no tier (e.g. former
officials other than the three "mantan" tiers) so that no later rule places it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from .tiers import ANGGOTA, KABUPATEN, NASIONAL, PIMPINAN, PROVINSI

N, P, K = NASIONAL, PROVINSI, KABUPATEN


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    label: str
    #: Codes independent of the level written in the title (the office implies its level).
    fixed: Mapping[str, str] | None = None
    home: str | None = None
    #: Codes keyed by the level read from the title (``text.detect_level``).
    by_level: Mapping[str, Mapping[str, str]] | None = None
    hints: tuple[tuple[re.Pattern[str], str], ...] = ()
    lembaga_negara: str | None = None
    note: str = ""
    reject: str = ""


def _fixed(name: str, pattern: str, label: str, home: str, codes: Mapping[str, str],
           ln: str | None = None, note: str = "") -> Rule:
    return Rule(name, re.compile(pattern), label, fixed=codes, home=home,
                lembaga_negara=ln, note=note)


def _levelled(name: str, pattern: str, label: str, by_level: Mapping[str, Mapping[str, str]],
              hints: tuple[tuple[str, str], ...] = (), note: str = "") -> Rule:
    return Rule(name, re.compile(pattern), label, by_level=by_level,
                hints=tuple((re.compile(h), lvl) for h, lvl in hints), note=note)


def _reject(name: str, pattern: str, reason: str) -> Rule:
    return Rule(name, re.compile(pattern), "", reject=reason)


_RI = r"( ri)?"
_DPRD = r"dprd"
_GOV_EXCLUDED = (r"(?! (bank indonesia|lemhannas|lembaga ketahanan|akademi|akmil|aal|aau|akpol"
                 r"|ptik))")
_PARTIES = (r"(partai|pdi|pdip|golkar|gerindra|nasdem|pkb|pks|pan|demokrat|ppp|hanura|perindo"
            r"|psi)")
_RELIGIOUS = (r"(mui|majelis ulama indonesia|nahdlatul ulama|nu|pwnu|pcnu|pbnu|muhammadiyah|pwm"
              r"|pdm|pgi|pgiw|pgis|kwi|phdi|parisada hindu dharma indonesia|walubi|permabudhi"
              r"|matakin|fkub|forum kerukunan umat beragama|majelis adat|lembaga adat"
              r"|dewan adat|kerapatan adat|majelis adat aceh)")
_ESELON2 = {P: "10.1.p", K: "11.1.j"}
_ESELON3 = {P: "10.1.q", K: "11.1.l"}
_TMT_NOTE = "Siapa yang termasuk tokoh ditetapkan secara lokal (rules-id §1.2)."
_FORKOPIMDA_NOTE = ("Berlaku bila ia komandan tertinggi angkatannya di wilayah acara; "
                    "bila ada Panglima/komandan lebih tinggi, tetapkan tier secara manual.")

RULES: tuple[Rule, ...] = (
    # --- former officials: only the three "mantan" tiers exist (UU Pasal 9-11 huruf c) ---
    _fixed("mantan_presiden", r"^(mantan|eks|ex) (wakil )?presiden" + _RI + "$",
           "mantan Presiden/Wakil Presiden", N, {N: "9.1.c"}),
    _fixed("mantan_gubernur", r"^(mantan|eks|ex) (wakil )?gubernur\b" + _GOV_EXCLUDED,
           "mantan gubernur/wakil gubernur", P, {P: "10.1.c"}),
    _fixed("mantan_bupati", r"^(mantan|eks|ex) (wakil )?(bupati|walikota)\b",
           "mantan bupati/walikota/wakil", K, {K: "11.1.c"}),
    _reject("mantan_lain", r"^(mantan|eks|ex|purnawirawan|purna)\b",
            "UU 9/2010 hanya memberi tier mantan Presiden/Wakil Presiden (Pasal 9 ayat (1) "
            "huruf c), mantan gubernur/wakil gubernur (Pasal 10 ayat (1) huruf c) dan mantan "
            "bupati/walikota/wakil (Pasal 11 ayat (1) huruf c)"),
    # --- Pasal 9 ayat (1): national offices ---
    _fixed("presiden", r"^presiden" + _RI + "$", "Presiden RI", N, {N: "9.1.a"}),
    _fixed("wakil_presiden", r"^wakil presiden" + _RI + "$", "Wakil Presiden RI", N,
           {N: "9.1.b"}),
    _fixed("ketua_mpr", r"^ketua (mpr|majelis permusyawaratan rakyat)" + _RI + "$",
           "Ketua MPR", N, {N: "9.1.d"}, PIMPINAN),
    _fixed("ketua_dpr", r"^ketua (dpr|dewan perwakilan rakyat)" + _RI + "$", "Ketua DPR", N,
           {N: "9.1.e"}, PIMPINAN),
    _fixed("ketua_dpd", r"^ketua (dpd ri|dewan perwakilan daerah( ri)?)$", "Ketua DPD", N,
           {N: "9.1.f"}, PIMPINAN),
    _fixed("ketua_bpk", r"^ketua (bpk|badan pemeriksa keuangan)" + _RI + "$", "Ketua BPK", N,
           {N: "9.1.g"}, PIMPINAN),
    _fixed("ketua_ma", r"^ketua (ma|mahkamah agung)" + _RI + "$", "Ketua Mahkamah Agung", N,
           {N: "9.1.h"}, PIMPINAN),
    _fixed("ketua_mk", r"^ketua (mk|mahkamah konstitusi)" + _RI + "$",
           "Ketua Mahkamah Konstitusi", N, {N: "9.1.i"}, PIMPINAN),
    _fixed("ketua_ky", r"^ketua (ky|komisi yudisial)" + _RI + "$", "Ketua Komisi Yudisial", N,
           {N: "9.1.j"}, PIMPINAN),
    _fixed("wakil_ketua_ln",
           r"^wakil ketua (mpr|dpr|dpd ri|bpk|ma|mk|ky|majelis permusyawaratan rakyat"
           r"|dewan perwakilan rakyat|dewan perwakilan daerah|badan pemeriksa keuangan"
           r"|mahkamah agung|mahkamah konstitusi|komisi yudisial)" + _RI + "$",
           "Wakil Ketua Lembaga Negara", N, {N: "9.1.m"}, PIMPINAN),
    _fixed("gubernur_bi", r"^gubernur bank indonesia$", "Gubernur Bank Indonesia", N,
           {N: "9.1.m"}),
    _fixed("deputi_gubernur_bi", r"^deputi gubernur( senior)? bank indonesia$",
           "Deputi Gubernur (Senior) Bank Indonesia", N, {N: "9.1.r"}),
    _fixed("ketua_pengawas_pemilu_ri",
           r"^ketua (bawaslu|badan pengawas pemilihan umum|dkpp"
           r"|dewan kehormatan penyelenggara pemilu) ri$",
           "Ketua Badan Penyelenggara Pemilihan Umum", N, {N: "9.1.m"},
           note="Bawaslu/DKPP sebagai penyelenggara pemilu: menurut en-wiki (rules-id §1.1.a)."),
    _fixed("wakil_ketua_pemilu_ri",
           r"^wakil ketua (kpu|komisi pemilihan umum|bawaslu|dkpp) ri$",
           "Wakil Ketua Badan Penyelenggara Pemilihan Umum", N, {N: "9.1.r"}),
    _fixed("menteri", r"^menteri\b", "Menteri", N, {N: "9.1.n"}),
    _fixed("setingkat_menteri",
           r"^(jaksa agung" + _RI + r"|panglima (tni|tentara nasional indonesia)"
           r"|kepala kepolisian ri|kepala (bin|badan intelijen negara)"
           r"|sekretaris kabinet" + _RI + r"|kepala staf kepresidenan)$",
           "pejabat setingkat menteri", N, {N: "9.1.n"},
           note="Kedudukan setingkat menteri: periksa Keppres kabinet."),
    _fixed("anggota_dpr_dpd",
           r"^(anggota|(wakil )?ketua (komisi|fraksi|badan|pansus))\b(.* )?(dpr|mpr|dpd ri"
           r"|dewan perwakilan rakyat|dewan perwakilan daerah|majelis permusyawaratan rakyat)"
           + _RI + r"( (dapil|daerah pemilihan|fraksi|komisi|dari)\b.*)?$",
           "anggota DPR/DPD", N, {N: "9.1.n"}, ANGGOTA),
    _fixed("dubes_ri", r"^duta besar (luar biasa dan berkuasa penuh )?ri\b",
           "Duta Besar LBBP Republik Indonesia", N, {N: "9.1.n"}),
    _fixed("ksad", r"^kepala staf (tni )?angkatan (darat|laut|udara)\b",
           "Kepala Staf Angkatan", N, {N: "9.1.o"}),
    _fixed("ketum_partai", r"^ketua umum (dpp )?" + _PARTIES + r"\b",
           "pemimpin partai politik (nasional)", N, {N: "9.1.p"},
           note="Hanya partai yang memiliki wakil di DPR."),
    _fixed("anggota_ln_yudikatif",
           r"^(anggota (bpk|badan pemeriksa keuangan)|hakim agung|ketua muda (ma|mahkamah "
           r"agung)|hakim (mk|mahkamah konstitusi|konstitusi)|anggota (ky|komisi yudisial))\b",
           "anggota BPK/MA/MK/KY", N, {N: "9.1.q"}, ANGGOTA),
    _fixed("perintis", r"\bperintis (pergerakan )?(kebangsaan|kemerdekaan)\b",
           "perintis pergerakan kebangsaan/kemerdekaan", N, {N: "9.1.k"}),
    _fixed("tanda_jasa", r"^(pemilik|penerima|penyandang) (tanda jasa|tanda kehormatan|bintang)",
           "pemilik tanda jasa/tanda kehormatan", N, {N: "9.1.t"}),
    # --- regional heads ---
    _fixed("gubernur", r"^gubernur\b" + _GOV_EXCLUDED, "gubernur", P,
           {N: "9.1.s", P: "10.1.a"}),
    _fixed("wakil_gubernur", r"^wakil gubernur\b" + _GOV_EXCLUDED, "wakil gubernur", P,
           {P: "10.1.b"}),
    _fixed("bupati", r"^(bupati|walikota)\b", "bupati/walikota", K,
           {P: "10.1.j", K: "11.1.a"}),
    _fixed("wakil_bupati", r"^wakil (bupati|walikota)\b", "wakil bupati/wakil walikota", K,
           {P: "10.1.n", K: "11.1.b"}),
    # --- DPRD ---
    _levelled("wakil_ketua_dprd", r"^wakil ketua (i |ii |iii |iv )?" + _DPRD + r"\b",
              "Wakil Ketua DPRD", {P: {P: "10.1.f"}, K: {K: "11.1.e", P: "10.1.n"}}),
    _levelled("ketua_dprd", r"^ketua " + _DPRD + r"\b", "Ketua DPRD",
              {P: {P: "10.1.d"}, K: {K: "11.1.d", P: "10.1.m"}}),
    _levelled("anggota_dprd",
              r"^(anggota|(wakil )?ketua (komisi|fraksi|badan|pansus|panitia))\b.*\b"
              + _DPRD + r"\b", "anggota DPRD",
              {P: {P: "10.1.i"}, K: {K: "11.1.h", P: "10.1.o"}}),
    _fixed("mpu_mrp", r"^((wakil )?ketua |anggota )?(mpu|majelis permusyawaratan ulama"
           r"|mrp|majelis rakyat papua)\b", "anggota MPU Aceh / Majelis Rakyat Papua", P,
           {P: "10.1.i"}),
    _fixed("konsul", r"^(konsul jenderal|konsul( kehormatan)?|kepala perwakilan konsuler)\b",
           "kepala perwakilan konsuler negara asing", P, {P: "10.1.e"}),
    # --- Forkopimda (Pasal 10 ayat (1) huruf g / Pasal 11 ayat (1) huruf f) ---
    _levelled("sekda", r"^sekretaris daerah\b", "sekretaris daerah",
              {P: {P: "10.1.g", N: "9.1.v"}, K: {K: "11.1.f", P: "10.1.p"}}),
    _fixed("panglima_tni_daerah",
           r"^panglima (kodam|komando daerah militer|daerah militer|koarmada|komando armada"
           r"|koopsud|komando operasi|kogabwilhan)\b",
           "panglima TNI di provinsi", P, {P: "10.1.g"}),
    _fixed("komandan_tni_provinsi",
           r"^komandan (korem|komando resor militer|lantamal|pangkalan utama|lanud"
           r"|pangkalan udara)\b", "komandan TNI (tertinggi di wilayah)", P,
           {P: "10.1.g", K: "11.1.f"}, note=_FORKOPIMDA_NOTE),
    _fixed("komandan_tni_kabupaten",
           r"^komandan (kodim|komando distrik militer|lanal|pangkalan (tni )?angkatan laut)\b",
           "komandan TNI di kabupaten/kota", K, {K: "11.1.f"}, note=_FORKOPIMDA_NOTE),
    _fixed("komandan_tni_kecamatan", r"^komandan (koramil|komando rayon militer|posal)\b",
           "komandan TNI di kecamatan", K, {K: "11.1.k"}),
    _fixed("kapolda", r"^kepala kepolisian daerah\b", "kepala kepolisian daerah", P,
           {P: "10.1.g"}),
    _fixed("kapolres", r"^kepala kepolisian resor\b", "kepala kepolisian resor", K,
           {K: "11.1.f"}),
    _fixed("kapolsek", r"^kepala kepolisian sektor\b", "kepala kepolisian sektor", K,
           {K: "11.1.k"}),
    _fixed("kajati", r"^kepala kejaksaan tinggi\b", "kepala kejaksaan tinggi", P,
           {P: "10.1.g"}),
    _fixed("kajari", r"^kepala kejaksaan negeri\b", "kepala kejaksaan negeri", K,
           {K: "11.1.f"}),
    _fixed("ketua_pengadilan_tinggi",
           r"^ketua (pengadilan tinggi|pengadilan militer tinggi|pt|pta|pttun|dilmilti"
           r"|mahkamah syariyah aceh)\b", "ketua pengadilan tinggi", P, {P: "10.1.g"}),
    _fixed("ketua_pengadilan",
           r"^ketua (pengadilan (negeri|agama|tata usaha negara|militer)|pn|pa|ptun|dilmil"
           r"|mahkamah syariyah)\b", "ketua pengadilan", K, {K: "11.1.f"}),
    # --- party leaders, election bodies, BI/BPK ---
    _levelled("pemimpin_partai", r"^ketua\b.*\b" + _PARTIES + r"\b",
              "pemimpin partai politik",
              {N: {N: "9.1.p"}, P: {P: "10.1.h"}, K: {K: "11.1.g"}},
              hints=((r"\b(dpw|dpd i)\b", P), (r"\b(dpc|dpd ii)\b", K), (r"\bdpp\b", N)),
              note="Hanya partai yang memiliki wakil di DPRD/DPR tingkat itu."),
    _levelled("ketua_kpu",
              r"^ketua (kpu|kpud|komisi pemilihan umum|kip(?=.*\baceh\b)"
              r"|komisi independen pemilihan)\b",
              "ketua Komisi Pemilihan Umum",
              {N: {N: "9.1.m"}, P: {P: "10.1.k"}, K: {K: "11.1.j"}}),
    _fixed("bpk_perwakilan",
           r"^kepala (kantor )?perwakilan (bpk|badan pemeriksa keuangan)\b",
           "Kepala Kantor Perwakilan BPK", P, {P: "10.1.k"}),
    _levelled("bi_perwakilan", r"^kepala (kantor )?perwakilan bank indonesia\b",
              "Kepala Kantor Perwakilan Bank Indonesia",
              {P: {P: "10.1.k"}, K: {K: "11.1.j", P: "10.1.k"}}),
    # --- religious / customary leaders, Tokoh Masyarakat Tertentu ---
    _levelled("tokoh",
              r"^((tokoh|pemuka) (agama|adat|masyarakat)\b|uskup\b|(ketua( umum)?|rais( aam"
              r"| syuriah)?|pimpinan|ketua tanfidziyah)\b.*\b" + _RELIGIOUS + r"\b)",
              "pemuka agama/pemuka adat/Tokoh Masyarakat Tertentu",
              {N: {N: "9.1.u"}, P: {P: "10.1.l"}, K: {K: "11.1.i"}},
              hints=((r"\b(pwnu|pwm|pgiw)\b", P), (r"\b(pcnu|pdm)\b", K),
                     (r"\b(pbnu|kwi|ketua umum)\b", N)),
              note=_TMT_NOTE),
    # --- foreign missions (after BI/BPK "kepala perwakilan") ---
    _fixed("dubes_asing",
           r"^(duta besar|kuasa usaha|kepala perwakilan (negara|organisasi internasional|pbb"
           r"|perserikatan bangsa bangsa|un|unicef|undp|unfpa|unhcr|who|fao|ilo|iom|unesco"
           r"|bank dunia|world bank|adb|uni eropa))\b",
           "duta besar/kepala perwakilan negara asing dan organisasi internasional", N,
           {N: "9.1.l"}),
    # --- regional government officials ---
    _levelled("asisten_sekda",
              r"^asisten (sekretaris daerah|i|ii|iii|iv|pemerintahan|perekonomian"
              r"|administrasi|ekonomi)\b", "asisten sekretaris daerah",
              {P: dict(_ESELON2), K: dict(_ESELON2)}),
    _fixed("kepala_biro", r"^kepala biro\b", "kepala biro (pejabat eselon II)", P,
           dict(_ESELON2),
           note="Kepala biro sekretariat daerah provinsi adalah JPT pratama (eselon II)."),
    _fixed("kanwil", r"^kepala (kantor wilayah|balai besar)\b",
           "kepala kantor instansi vertikal di provinsi", P, dict(_ESELON2)),
    _fixed("vertikal_kabupaten",
           r"^kepala (kantor (kementerian agama|pertanahan|imigrasi|pelayanan"
           r"|bea)|lembaga pemasyarakatan|lapas|rumah tahanan|rutan|kpp|kppn)\b",
           "kepala instansi vertikal tingkat kabupaten/kota", K, {K: "11.1.k"}),
    _levelled("vertikal",
              r"^kepala (badan pusat statistik|bps|badan narkotika nasional|bnn|perwakilan "
              r"(bpkp|ombudsman|bkkbn)|kantor perwakilan (bpkp|ombudsman|bkkbn)|upt)\b",
              "kepala instansi vertikal", {P: dict(_ESELON2), K: {K: "11.1.k"}}),
    _levelled("kepala_perangkat_daerah",
              r"^(kepala (dinas|badan|bappeda|bapenda|bpkad|bkd|bkpsdm|bpbd|kesbangpol"
              r"|bakesbangpol|inspektorat|satuan polisi pamong praja)|sekretaris dprd"
              r"|inspektur( daerah)?|staf ahli (gubernur|bupati|walikota))\b",
              "kepala perangkat daerah (pejabat eselon II)",
              {P: dict(_ESELON2), K: dict(_ESELON2)}),
    _levelled("kepala_bagian",
              r"^(kepala (bagian|bidang)|sekretaris (dinas|badan|inspektorat))\b",
              "kepala bagian/pejabat eselon III", {P: dict(_ESELON3), K: dict(_ESELON3)}),
    _fixed("camat", r"^camat\b", "camat", K, dict(_ESELON3)),
    _levelled("eselon_iv", r"^kepala (subbagian|sub bagian|seksi|subbidang|sub bidang)\b",
              "pejabat eselon IV", {P: {K: "11.1.m"}, K: {K: "11.1.m"}}),
    _fixed("lurah_kades",
           r"^(lurah|kepala (desa|kelurahan|kampung|nagari|gampong|lembang|pekon)"
           r"|wali nagari|keuchik|geuchik|perbekel|kuwu)\b",
           "lurah/kepala desa", K, {K: "11.1.m"}),
    _fixed("eselon_i",
           r"^(direktur jenderal|sekretaris jenderal|inspektur jenderal|sekretaris utama"
           r"|deputi|staf ahli menteri)\b(?!.*\b(partai|dpp)\b)",
           "pejabat eselon I", N, {N: "9.1.v"}),
)
