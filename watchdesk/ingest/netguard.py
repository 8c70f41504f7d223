"""Edge: the SSRF guard. Which URLs and addresses the fetcher may reach, decided before connecting.

A URL is checked twice: its shape (`check_url`: http or https, no credentials) before a request is
built, and its host's addresses (`resolve_host`) when the connection is opened. The fetcher then
connects to the very address that was checked, so a DNS answer that changes between the check and
the connection (DNS rebinding) cannot slip a private address through. Redirects go through both
checks again, hop by hop.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable, Sequence
from urllib.parse import urlsplit

from watchdesk.errors import AddressRefused

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], Sequence[str]]

ALLOWED_SCHEMES = frozenset({"http", "https"})

# Named ranges first, so the refusal says why; `is_global` below catches whatever they miss.
_METADATA = ipaddress.ip_address("169.254.169.254")  # AWS, GCP, Azure, OpenStack instance metadata
_SPECIAL_RANGES: tuple[tuple[IPNetwork, str], ...] = (
    (ipaddress.ip_network("100.64.0.0/10"), "a carrier-grade NAT address"),
    (ipaddress.ip_network("192.0.0.0/24"), "an IETF protocol address"),
    (ipaddress.ip_network("198.18.0.0/15"), "a benchmarking address"),
    (ipaddress.ip_network("64:ff9b::/96"), "a NAT64 address"),
    (ipaddress.ip_network("2002::/16"), "a 6to4 address"),
    (ipaddress.ip_network("fd00:ec2::254/128"), "the cloud metadata address"),
)


def parse_networks(cidrs: Iterable[str]) -> tuple[IPNetwork, ...]:
    """Read the operator's allowed ranges ("127.0.0.0/8", "::1/128"); a bad one is a ValueError."""
    return tuple(ipaddress.ip_network(cidr.strip(), strict=False) for cidr in cidrs if cidr.strip())


def check_url(url: str) -> tuple[str, str, int]:
    """Return (scheme, host, port) of a URL the fetcher may request, or raise AddressRefused."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise AddressRefused(url, f"not a valid URL: {exc}") from None
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise AddressRefused(url, f"scheme {scheme or 'none'!r} is not http or https")
    # Credentials in a URL leak into logs and into every redirect target; feeds never need them.
    if parts.username is not None or parts.password is not None:
        raise AddressRefused(url, "URLs with credentials are not fetched")
    host = parts.hostname
    if not host:
        raise AddressRefused(url, "no host")
    return scheme, host, port or (443 if scheme == "https" else 80)


def refusal(address: IPAddress, allowed: Sequence[IPNetwork] = ()) -> str | None:
    """Why the fetcher must not connect to `address`, or None when it may."""
    # ::ffff:10.0.0.1 reaches 10.0.0.1; judge the IPv4 address inside it.
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if any(address.version == net.version and address in net for net in allowed):
        return None
    if address == _METADATA:
        return "the cloud metadata address"
    if address.is_unspecified:
        return "an unspecified address"
    if address.is_loopback:
        return "a loopback address"
    if address.is_link_local:
        return "a link-local address"
    if address.is_multicast:
        return "a multicast address"
    for network, name in _SPECIAL_RANGES:
        if address.version == network.version and address in network:
            return name
    if address.is_reserved:
        return "a reserved address"
    if address.is_private:
        return "a private address"
    if not address.is_global:
        return "not a public address"
    return None


def resolve_host(
    url: str,
    host: str,
    port: int,
    allowed: Sequence[IPNetwork] = (),
    resolver: Resolver | None = None,
) -> list[str]:
    """Return the addresses of `host` to connect to; refuse if any of them is not allowed.

    One bad address refuses the host: a name that resolves to both a public and a private address
    is the shape of a rebinding attack, not an accident to route around.
    """
    try:
        literal: IPAddress | None = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        literal = None
    if literal is not None:
        addresses = [str(literal)]
    else:
        try:
            addresses = list((resolver or _getaddrinfo)(host, port))
        except OSError as exc:
            raise AddressRefused(url, f"cannot resolve {host}: {exc}") from None
        if not addresses:
            raise AddressRefused(url, f"{host} has no address")
    for text in addresses:
        # Scoped IPv6 addresses ("fe80::1%eth0") carry their interface after a percent sign.
        address = ipaddress.ip_address(text.split("%", 1)[0])
        reason = refusal(address, allowed)
        if reason is not None:
            via = "" if literal is not None else f"{host} resolves to "
            raise AddressRefused(url, f"{via}{address}, {reason}")
    return addresses


def _getaddrinfo(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: dict[str, None] = {}
    for _family, _type, _proto, _name, sockaddr in infos:
        seen[str(sockaddr[0])] = None
    return list(seen)
