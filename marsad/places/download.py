"""`marsad gazetteer download`: fetch the standard gazetteer files, then import them.

GeoNames country dumps and admin-1 names from download.geonames.org; the OCHA Syria populated-places
table from HDX. The base addresses can be overridden (tests point them at a local HTTP server).
"""

from __future__ import annotations

from pathlib import Path

import httpx

from marsad.errors import GazetteerError
from marsad.settings import input_limits

GEONAMES_BASE = "https://download.geonames.org/export/dump"
OCHA_SYRIA_URL = (
    "https://data.humdata.org/dataset/syria-populated-places/resource/syr_pplp_adm4_unocha_20210113.csv"
)


def download(
    countries: list[str],
    folder: Path,
    *,
    geonames_base: str = GEONAMES_BASE,
    ocha_url: str | None = OCHA_SYRIA_URL,
    timeout: float = 60.0,
) -> list[Path]:
    """Download `<CC>.zip` per country, admin1CodesASCII.txt, and (for SY) the OCHA table into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    urls = [f"{geonames_base.rstrip('/')}/{cc.upper()}.zip" for cc in countries]
    urls.append(f"{geonames_base.rstrip('/')}/admin1CodesASCII.txt")
    if ocha_url and "SY" in {cc.upper() for cc in countries}:
        urls.append(ocha_url)
    files = []
    max_bytes = input_limits().max_zip_bytes
    with httpx.Client(timeout=timeout, follow_redirects=True) as client:
        for url in urls:
            target = folder / url.rsplit("/", 1)[-1]
            # Written under a temporary name and renamed when complete: a cut download never looks finished.
            partial = target.with_name(target.name + ".part")
            try:
                with client.stream("GET", url) as response:
                    response.raise_for_status()
                    with partial.open("wb") as handle:
                        size = 0
                        for chunk in response.iter_bytes():
                            size += len(chunk)
                            if size > max_bytes:
                                raise GazetteerError(
                                    f"{url}: larger than {max_bytes // (1024 * 1024)} MB; raise MARSAD_MAX_ZIP_MB "
                                    "if it is genuine"
                                )
                            handle.write(chunk)
                partial.replace(target)
            except httpx.HTTPError as err:
                raise GazetteerError(
                    f"could not download {url}: {err}; check the connection or download the "
                    "file by hand and run `marsad gazetteer import FILE`"
                ) from err
            except OSError as err:
                raise GazetteerError(f"could not save {target}: {err.strerror or err}; check disk space") from err
            finally:
                partial.unlink(missing_ok=True)
            files.append(target)
    return files
