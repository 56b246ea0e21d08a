from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from humpro.newsroom.models import DistributionList, MediaAsset, Release, ReleaseKind
from humpro.newsroom.releases import QuoteIn, ReleaseData
from humpro.officials.models import Official
from humpro.orgs.models import Organization
from humpro.orgs.roles import Role

DT = {"type": "datetime-local"}


def _agenda_choices(org: Organization) -> list[tuple[str, str]]:
    from humpro.agenda.models import AgendaItem

    items = AgendaItem.objects.for_org(org).order_by("-start")[:200]
    return [("", "—")] + [(str(i.pk), f"{i.start:%d-%m-%Y} {i.title}") for i in items]


class ReleaseForm(forms.Form):
    kind = forms.ChoiceField(label=_("Jenis"), choices=ReleaseKind.choices)
    title = forms.CharField(label=_("Judul"), max_length=250)
    lead = forms.CharField(label=_("Teras (lead)"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    body = forms.CharField(
        label=_("Isi"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 14}),
        help_text=_("Paragraf dipisah baris kosong, atau HTML sederhana "
        "(p, strong, em, a, ul, ol, blockquote). Skrip dan atribut berbahaya dibuang."),
    )
    quotes = forms.CharField(
        label=_("Kutipan"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Satu kutipan per baris: teks kutipan | narasumber."),
    )
    tags = forms.CharField(label=_("Tag"), required=False, help_text=_("Dipisah koma."))
    agenda_item = forms.ChoiceField(label=_("Agenda terkait"), required=False)
    officials = forms.ModelMultipleChoiceField(
        label=_("Pejabat yang disebut"),
        queryset=Official.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    photos = forms.ModelMultipleChoiceField(
        label=_("Foto"),
        queryset=MediaAsset.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    author_credit = forms.CharField(label=_("Kredit penulis"), max_length=120, required=False)
    editor_credit = forms.CharField(label=_("Kredit editor"), max_length=120, required=False)

    def __init__(self, *args: Any, org: Organization, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.org = org
        self.fields["officials"].queryset = Official.objects.for_org(org)
        self.fields["photos"].queryset = MediaAsset.objects.for_org(org).filter(kind="photo")
        self.fields["agenda_item"].choices = _agenda_choices(org)

    def data_out(self) -> ReleaseData:
        d = self.cleaned_data
        names = {o.name.lower(): o.pk for o in Official.objects.for_org(self.org)}
        names.update({o.full_name.lower(): o.pk for o in Official.objects.for_org(self.org)})
        quotes = []
        for line in (d.get("quotes") or "").splitlines():
            text, _, speaker = line.partition("|")
            if text.strip():
                quotes.append(
                    QuoteIn(
                        text=text.strip().strip('"\u201c\u201d'),
                        speaker_name=speaker.strip(),
                        speaker_id=names.get(speaker.strip().lower()),
                    )
                )
        return ReleaseData(
            title=d["title"],
            lead=d.get("lead", ""),
            body=d.get("body", ""),
            kind=d["kind"],
            tags=[t for t in (d.get("tags") or "").split(",") if t.strip()],
            quotes=quotes,
            official_ids=[o.pk for o in d.get("officials") or []],
            photo_ids=[p.pk for p in d.get("photos") or []],
            agenda_item_id=int(d["agenda_item"]) if d.get("agenda_item") else None,
            author_credit=d.get("author_credit", ""),
            editor_credit=d.get("editor_credit", ""),
        )


def release_initial(release: Release) -> dict[str, Any]:
    return {
        "kind": release.kind,
        "title": release.title,
        "lead": release.lead,
        "body": release.body,
        "quotes": "\n".join(f"{q.text} | {q.speaker_label}" for q in release.quotes.all()),
        "tags": ", ".join(t.name for t in release.tags.all()),
        "agenda_item": release.agenda_item_id or "",
        "officials": list(release.officials.all()),
        "photos": list(release.photos.all()),
        "author_credit": release.author_credit,
        "editor_credit": release.editor_credit,
    }


class ScheduleForm(forms.Form):
    embargo_until = forms.DateTimeField(
        label=_("Embargo sampai"),
        widget=forms.DateTimeInput(attrs=DT),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )


class MediaUploadForm(forms.Form):
    file = forms.FileField(label=_("Berkas foto/video"))
    caption = forms.CharField(label=_("Keterangan"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    credit = forms.CharField(
        label=_("Kredit"),
        max_length=160,
        required=False,
        help_text=_("Kosongkan untuk memakai kredit bawaan organisasi."),
    )
    people = forms.ModelMultipleChoiceField(
        label=_("Orang dalam foto"),
        queryset=Official.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    agenda_item = forms.ChoiceField(label=_("Agenda terkait"), required=False)

    def __init__(self, *args: Any, org: Organization, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["people"].queryset = Official.objects.for_org(org)
        self.fields["agenda_item"].choices = _agenda_choices(org)


class MediaEditForm(MediaUploadForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        del self.fields["file"]


class ContactForm(forms.Form):
    name = forms.CharField(label=_("Nama"), max_length=200)
    email = forms.EmailField(label=_("Email"))
    outlet_name = forms.CharField(label=_("Media/instansi"), max_length=200, required=False)
    phone = forms.CharField(label=_("Telepon"), max_length=40, required=False)
    active = forms.BooleanField(label=_("Aktif"), required=False, initial=True)
    lists = forms.ModelMultipleChoiceField(
        label=_("Daftar distribusi"),
        queryset=DistributionList.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: Any, org: Organization, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["lists"].queryset = DistributionList.objects.for_org(org)


class ListForm(forms.Form):
    name = forms.CharField(label=_("Nama daftar"), max_length=200)
    description = forms.CharField(label=_("Keterangan"), required=False)


class DistributeForm(forms.Form):
    lists = forms.ModelMultipleChoiceField(
        label=_("Daftar distribusi"),
        queryset=DistributionList.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Pilih minimal satu daftar distribusi."},
    )

    def __init__(self, *args: Any, org: Organization, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["lists"].queryset = DistributionList.objects.for_org(org)


class SettingsForm(forms.Form):
    approver_roles = forms.MultipleChoiceField(
        label=_("Peran yang boleh menyetujui rilis"),
        widget=forms.CheckboxSelectMultiple,
        choices=[(r.value, r.label) for r in (Role.HEAD, Role.EDITOR, Role.LEADER, Role.MEDIA_RELATIONS)],
    )
    credit_line = forms.CharField(label=_("Kredit dokumentasi bawaan"), max_length=120, required=False)
    default_hashtags = forms.CharField(label=_("Tagar bawaan"), max_length=200, required=False)
    public_title = forms.CharField(label=_("Judul ruang berita publik"), max_length=200, required=False)


class MagazineForm(forms.Form):
    title = forms.CharField(label=_("Judul"), max_length=200)
    number = forms.CharField(label=_("Nomor/edisi"), max_length=40)
    period = forms.DateField(label=_("Periode"), widget=forms.DateInput(attrs={"type": "date"}))
    editorial = forms.CharField(label=_("Pengantar redaksi"), required=False, widget=forms.Textarea(attrs={"rows": 6}))
    cover = forms.ModelChoiceField(label=_("Foto sampul"), queryset=MediaAsset.objects.none(), required=False)
    releases = forms.ModelMultipleChoiceField(
        label=_("Rilis"),
        queryset=Release.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    photos = forms.ModelMultipleChoiceField(
        label=_("Foto"),
        queryset=MediaAsset.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: Any, org: Organization, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        photos = MediaAsset.objects.for_org(org).filter(kind="photo")
        self.fields["cover"].queryset = photos
        self.fields["photos"].queryset = photos
        self.fields["releases"].queryset = Release.objects.for_org(org).public()
