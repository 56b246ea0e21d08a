"""Videos in the documentation archive: probe, poster frame and web rendition with the bundled ffmpeg.

ffmpeg comes from the `imageio-ffmpeg` wheel (a static binary inside the package), so nothing has to
be installed on the machine. The demuxer is forced from the sniffed container (never guessed by
ffmpeg), only the `file` protocol is allowed, and every call has a timeout: a disguised or corrupt
upload fails with an Indonesian reason instead of hanging or crashing the worker.
"""

from __future__ import annotations

import io
import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from PIL import Image, UnidentifiedImageError

PROBE_TIMEOUT, POSTER_TIMEOUT = 30, 60
WEB_VIDEO_SIDE = 1280
BROKEN = "Berkas video rusak atau bukan video yang sah; berkas dikarantina dan tidak disajikan."

_DURATION = re.compile(r"Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)")
_VIDEO = re.compile(r"Stream #\d+:\d+[^:]*: Video: (\w+)[^,\n]*, (\w+)[^\n]*?, (\d{2,5})x(\d{2,5})")
_INPUT = re.compile(r"Input #0, ([\w,]+), from")
# the demuxer forced for each sniffed mime, and the names ffmpeg must report for it
DEMUXERS = {
    "video/mp4": ("mov", "mp4"),
    "video/quicktime": ("mov", "mov"),
    "video/webm": ("matroska", "webm"),
}


class VideoError(ValueError):
    """A video that cannot be used, with an Indonesian reason."""


@dataclass(frozen=True)
class VideoInfo:
    container: str
    codec: str
    pix_fmt: str
    width: int
    height: int
    duration: float | None

    @property
    def poster_at(self) -> float:
        """1 s into the video, or 10 % of a short one."""
        return min(1.0, self.duration * 0.1) if self.duration else 0.0


def ffmpeg_exe() -> str:
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


def transcode_max_bytes() -> int:
    """Larger uploads are never transcoded by the worker (only probed and given a poster)."""
    return int(getattr(settings, "HUMPRO_NEWSROOM_VIDEO_TRANSCODE_MAX_BYTES", 50 * 1024 * 1024))


def transcode_timeout() -> int:
    return int(getattr(settings, "HUMPRO_NEWSROOM_VIDEO_TRANSCODE_TIMEOUT", 600))


def _input_args(path: Path, mime: str) -> list[str]:
    demuxer = DEMUXERS[mime][0]
    return ["-f", demuxer, "-protocol_whitelist", "file", "-i", str(path)]


def _run(args: list[str], timeout: int) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(  # noqa: S603 - fixed argument list, no shell
            [ffmpeg_exe(), "-hide_banner", "-nostdin", *args], capture_output=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise VideoError("Pemrosesan video melewati batas waktu; berkas dikarantina.") from exc
    except OSError as exc:
        raise VideoError("Program ffmpeg tidak dapat dijalankan di server.") from exc


def probe(path: Path, mime: str) -> VideoInfo:
    """Container, codec, size and duration as ffmpeg reads them; VideoError when it is no video."""
    if mime not in DEMUXERS:
        raise VideoError("Format video tidak didukung (gunakan MP4, MOV, atau WebM).")
    text = _run(_input_args(path, mime), PROBE_TIMEOUT).stderr.decode("utf-8", "replace")
    found_input, stream = _INPUT.search(text), _VIDEO.search(text)
    if not found_input or not stream:
        raise VideoError(BROKEN)
    container = found_input.group(1)
    if DEMUXERS[mime][1] not in container.split(","):
        raise VideoError(BROKEN)
    duration = None
    if match := _DURATION.search(text):
        hours, minutes, seconds = match.groups()
        duration = int(hours) * 3600 + int(minutes) * 60 + float(seconds)
    codec, pix_fmt, width, height = stream.groups()
    if int(width) == 0 or int(height) == 0:
        raise VideoError(BROKEN)
    return VideoInfo(container, codec, pix_fmt, int(width), int(height), duration)


def poster_png(path: Path, mime: str, info: VideoInfo) -> bytes:
    """One decoded frame as PNG (rotation applied by ffmpeg); decoding proves the stream is real."""
    for at in dict.fromkeys((info.poster_at, 0.0)):
        result = _run(
            [
                "-ss",
                f"{at:.3f}",
                *_input_args(path, mime),
                *["-frames:v", "1", "-an", "-f", "image2pipe", "-c:v", "png", "-"],
            ],
            POSTER_TIMEOUT,
        )
        if result.returncode == 0 and result.stdout:
            try:
                with Image.open(io.BytesIO(result.stdout)) as img:
                    img.load()
            except (UnidentifiedImageError, OSError, ValueError):
                continue
            return result.stdout
    raise VideoError("Tidak ada gambar yang dapat dibaca dari video; berkas dikarantina.")


def is_web_ready(mime: str, info: VideoInfo) -> bool:
    """Plays in every browser as it is: MP4 with H.264 in 4:2:0."""
    return mime == "video/mp4" and info.codec == "h264" and info.pix_fmt in ("yuv420p", "yuvj420p")


def web_mp4(path: Path, mime: str, workdir: Path) -> bytes:
    """An H.264/AAC MP4 (max 1280 px wide, faststart) for the browser; VideoError when ffmpeg fails."""
    out = workdir / "web.mp4"
    result = _run(
        [
            *_input_args(path, mime),
            *[
                "-map",
                "0:v:0",
                "-map",
                "0:a:0?",
                "-sn",
                "-dn",
                "-c:v",
                "libx264",
                "-preset",
                "veryfast",
                "-crf",
                "26",
                "-pix_fmt",
                "yuv420p",
            ],
            *["-vf", f"scale=w='min({WEB_VIDEO_SIDE},iw)':h=-2"],
            *["-c:a", "aac", "-b:a", "128k", "-movflags", "+faststart", "-threads", "2", "-y"],
            str(out),
        ],
        transcode_timeout(),
    )
    if result.returncode != 0 or not out.exists() or out.stat().st_size == 0:
        raise VideoError("Transkode ke MP4 gagal.")
    return out.read_bytes()


def stored_copy(field: object, workdir: Path) -> Path:
    """Copy a stored file (local disk or S3) into workdir in chunks and return the path."""
    target = workdir / "source"
    with field.open("rb") as src, target.open("wb") as dst:  # type: ignore[attr-defined]
        for chunk in iter(lambda: src.read(1024 * 1024), b""):
            dst.write(chunk)
    return target


def workdir() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="humpro-video-")
