"""Issue 18.9: a URL submitted to the API is never fetched from a non-public address, however the address
is spelled: IPv4 inside IPv6 (mapped, translated, compatible, NAT64, 6to4, Teredo) and site-local IPv6."""

from __future__ import annotations

import ipaddress

import pytest

from marsad.ingest.decode import ReportError
from marsad.ingest.url import address_problem, check_url

REFUSED = ["::ffff:0:127.0.0.1", "::127.0.0.1", "64:ff9b::7f00:1", "64:ff9b::a00:1", "64:ff9b:1::a9fe:a9fe",
           "2002:7f00:1::", "2002:a9fe:a9fe::1", "fec0::1", "::ffff:10.0.0.1", "::ffff:169.254.169.254",
           "2001:0:4136:e378:8000:63bf:80ff:fffe",  # Teredo whose client is 127.0.0.1
           "::", "::1", "fe80::1", "fc00::1", "ff02::1", "2001:db8::1", "100.64.0.1", "0.0.0.0", "127.1.2.3"]
PUBLIC = ["8.8.8.8", "2606:4700:4700::1111", "64:ff9b::808:808", "2002:808:808::1", "::ffff:8.8.8.8"]


@pytest.mark.parametrize("spelling", REFUSED)
def test_every_spelling_of_a_non_public_address_is_refused(spelling: str) -> None:
    assert address_problem(ipaddress.ip_address(spelling)) is not None
    host = f"[{spelling}]" if ":" in spelling else spelling
    with pytest.raises(ReportError, match="refused"):
        check_url(f"http://{host}/feed.xml", allow_private=False)


@pytest.mark.parametrize("spelling", PUBLIC)
def test_public_addresses_pass(spelling: str) -> None:
    assert address_problem(ipaddress.ip_address(spelling)) is None
