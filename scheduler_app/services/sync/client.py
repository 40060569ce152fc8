"""The CalDAV transport: the few WebDAV requests the sync needs, over niquests.

Written on niquests (the HTTP client the ``caldav`` package itself uses) rather than through
``caldav``'s object model, because the sync needs exact control of what ``caldav`` hides: the
``If-Match`` / ``If-None-Match`` of every write, the ETag a PUT returns, a ``sync-collection``
report (RFC 6578) asking for ETags only, ``calendar-multiget`` (RFC 4791 section 7.9) in
batches, and one-line errors for a wrong password or an unreachable server.

TLS certificates are verified; plain ``http://`` is refused for any host but the loopback
unless the caller allows it (``insecure``), since the password would cross the network in clear.
"""

from __future__ import annotations

import ipaddress
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import unquote, urljoin, urlsplit

import niquests

from scheduler_app.i18n import translate

DAV, CALDAV = "DAV:", "urn:ietf:params:xml:ns:caldav"
BATCH = 250  # resources per calendar-multiget
_TIMEOUT = 30.0


class SyncError(Exception):
    """The server cannot be used: a wrong password, an unreachable server, a refusal. One line."""


class AuthFailed(SyncError):
    pass


class Unreachable(SyncError):
    pass


class PreconditionFailed(Exception):
    """A write refused because the resource changed on the server since it was read (412)."""


class TokenExpired(Exception):
    """The server no longer knows the sync token (RFC 6578 section 3.2): list everything."""


@dataclass(frozen=True, slots=True)
class Listing:
    """What the server holds or changed: ETags by href, hrefs removed, the new sync token
    ("" for a server without sync-collection), and whether it was a full listing."""

    etags: dict[str, str]
    removed: set[str]
    token: str
    full: bool


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str, insecure: bool) -> str:
    """The collection address, ending in ``/``; refuses what it cannot or should not use."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncError(
            translate(
                "Messages", "{address} is not an http:// or https:// address of a calendar"
            ).format(address=repr(url))
        )
    if parts.username is not None or parts.password is not None:
        # said without the address: it holds a password, which is never printed nor stored
        raise SyncError(
            translate(
                "Messages",
                "the calendar's address has a user or password in it: give the address without"
                " them, the user with --user and the password in the keyring",
            )
        )
    if parts.scheme == "http" and not _loopback(parts.hostname) and not insecure:
        raise SyncError(
            translate(
                "Messages",
                "{address} is plain http: the password would cross the network unencrypted; "
                "use https, or allow it with --insecure",
            ).format(address=url)
        )
    return url if url.endswith("/") else url + "/"


def _answered(address: str, status: int | None, method: str) -> str:
    return translate("Messages", "{address}: the server answered {status} to {method}").format(
        address=address, status=status, method=method
    )


def _q(tag: str, ns: str = DAV) -> str:
    return f"{{{ns}}}{tag}"


def _xml(body: str) -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?>' + body).encode()


class CalDavClient:
    """One calendar collection on one server, with one keep-alive connection."""

    def __init__(self, url: str, user: str, password: str, *, insecure: bool = False) -> None:
        self.url = check_url(url, insecure)
        self.path = urlsplit(self.url).path
        self.session = niquests.Session()
        self.session.auth = (user, password)
        self.session.headers["User-Agent"] = "scheduler-app"

    def close(self) -> None:
        self.session.close()

    def _send(
        self, method: str, url: str, body: bytes | None = None, **headers: str
    ) -> niquests.Response:
        try:
            r = self.session.request(
                method, url, data=body, headers=headers, timeout=_TIMEOUT, allow_redirects=False
            )
        except niquests.exceptions.SSLError as exc:
            raise Unreachable(
                translate(
                    "Messages", "{address}: the server's certificate is not trusted ({reason})"
                ).format(address=self.url, reason=exc)
            ) from exc
        except (niquests.exceptions.ConnectionError, niquests.exceptions.Timeout) as exc:
            raise Unreachable(
                translate("Messages", "{address}: the server cannot be reached").format(
                    address=self.url
                )
            ) from exc
        if r.status_code == 401:
            raise AuthFailed(
                translate(
                    "Messages", "{address}: the server refused the user name or password"
                ).format(address=self.url)
            )
        if r.status_code == 403 and method not in ("REPORT",):
            raise SyncError(
                translate(
                    "Messages", "{address}: the server does not let this user {method} here"
                ).format(address=self.url, method=method)
            )
        if (r.status_code or 0) >= 500:
            raise SyncError(
                translate("Messages", "{address}: the server failed ({status} on {method})").format(
                    address=self.url, status=r.status_code, method=method
                )
            )
        return r

    # --- the collection ------------------------------------------------------------------------

    def ensure_collection(self, name: str) -> bool:
        """Make sure the address is a calendar collection; make it (MKCALENDAR, RFC 4791
        section 5.3.1) when nothing is there. True when it was made."""
        r = self._send(
            "PROPFIND",
            self.url,
            _xml('<d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/></d:prop></d:propfind>'),
            Depth="0",
            **{"Content-Type": "application/xml"},
        )
        if r.status_code == 207:
            if b"calendar" not in (r.content or b""):
                raise SyncError(
                    translate("Messages", "{address}: is not a calendar").format(address=self.url)
                )
            return False
        if r.status_code != 404:
            raise SyncError(_answered(self.url, r.status_code, "PROPFIND"))
        body = _xml(
            '<c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:set><d:prop>'
            f"<d:displayname>{_escape(name)}</d:displayname>"
            '<c:supported-calendar-component-set><c:comp name="VEVENT"/>'
            "</c:supported-calendar-component-set></d:prop></d:set></c:mkcalendar>"
        )
        r = self._send("MKCALENDAR", self.url, body, **{"Content-Type": "application/xml"})
        if r.status_code not in (200, 201):
            raise SyncError(
                translate(
                    "Messages", "{address}: the calendar could not be made ({status})"
                ).format(address=self.url, status=r.status_code)
            )
        return True

    def changes(self, token: str) -> Listing:
        """What changed since ``token`` ("" for everything) by a sync-collection report, or a
        full ETag listing where the server has no sync-collection."""
        body = _xml(
            '<d:sync-collection xmlns:d="DAV:">'
            f"<d:sync-token>{_escape(token)}</d:sync-token><d:sync-level>1</d:sync-level>"
            "<d:prop><d:getetag/></d:prop></d:sync-collection>"
        )
        r = self._send("REPORT", self.url, body, Depth="1", **{"Content-Type": "application/xml"})
        if r.status_code in (403, 409) and token and b"valid-sync-token" in (r.content or b""):
            raise TokenExpired(token)
        if r.status_code != 207:
            if token:
                raise TokenExpired(token)
            return Listing(self.etags(), set(), "", True)
        root = ET.fromstring(r.content or b"")
        etags, removed = {}, set()
        for href, status, etag in self._responses(root):
            if href == self.path:
                continue
            if "404" in status:
                removed.add(href)
            elif etag:
                etags[href] = etag
        new_token = root.findtext(_q("sync-token")) or ""
        return Listing(etags, removed, new_token.strip(), not token)

    def etags(self) -> dict[str, str]:
        """Every resource and its ETag (PROPFIND, Depth 1)."""
        body = _xml('<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>')
        r = self._send("PROPFIND", self.url, body, Depth="1", **{"Content-Type": "application/xml"})
        if r.status_code != 207:
            raise SyncError(_answered(self.url, r.status_code, "PROPFIND"))
        return {
            href: etag
            for href, _, etag in self._responses(ET.fromstring(r.content or b""))
            if href != self.path and href.endswith(".ics") and etag
        }

    def _responses(self, root: ET.Element) -> Iterator[tuple[str, str, str]]:
        for resp in root.iter(_q("response")):
            href = unquote(urlsplit(resp.findtext(_q("href")) or "").path)
            status = resp.findtext(_q("status")) or ""
            etag = ""
            for propstat in resp.iter(_q("propstat")):
                if "200" in (propstat.findtext(_q("status")) or ""):
                    etag = propstat.findtext(f"{_q('prop')}/{_q('getetag')}") or etag
            yield href, status, etag

    def fetch(self, hrefs: Iterable[str]) -> dict[str, tuple[str, str]]:
        """The ETag and text of each resource (calendar-multiget); absent ones are left out."""
        out: dict[str, tuple[str, str]] = {}
        wanted = sorted(set(hrefs))
        for i in range(0, len(wanted), BATCH):
            batch = wanted[i : i + BATCH]
            refs = "".join(f"<d:href>{_escape(_quote_path(h))}</d:href>" for h in batch)
            body = _xml(
                '<c:calendar-multiget xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">'
                f"<d:prop><d:getetag/><c:calendar-data/></d:prop>{refs}</c:calendar-multiget>"
            )
            r = self._send(
                "REPORT", self.url, body, Depth="1", **{"Content-Type": "application/xml"}
            )
            if r.status_code != 207:
                raise SyncError(
                    translate(
                        "Messages", "{address}: the server answered {status} to a multiget"
                    ).format(address=self.url, status=r.status_code)
                )
            for resp in ET.fromstring(r.content or b"").iter(_q("response")):
                href = unquote(urlsplit(resp.findtext(_q("href")) or "").path)
                for propstat in resp.iter(_q("propstat")):
                    if "200" not in (propstat.findtext(_q("status")) or ""):
                        continue
                    prop = propstat.find(_q("prop"))
                    data = prop.findtext(_q("calendar-data", CALDAV)) if prop is not None else None
                    etag = prop.findtext(_q("getetag")) if prop is not None else None
                    if data:
                        out[href] = (etag or "", data)
        return out

    # --- resources -----------------------------------------------------------------------------

    def put(self, href: str, text: str, etag: str | None) -> str:
        """Write one resource: over the version with ``etag``, or (None) only if absent.
        Returns the new ETag ("" if the server gave none)."""
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        headers["If-Match" if etag else "If-None-Match"] = etag or "*"
        r = self._send("PUT", self._absolute(href), text.encode("utf-8"), **headers)
        if r.status_code == 412:
            raise PreconditionFailed(href)
        if r.status_code not in (200, 201, 204):
            raise SyncError(
                translate(
                    "Messages", "{address}: the server refused the meeting ({status})"
                ).format(address=href, status=r.status_code)
            )
        return str(r.headers.get("ETag") or "")

    def delete(self, href: str, etag: str) -> None:
        r = self._send("DELETE", self._absolute(href), None, **{"If-Match": etag or "*"})
        if r.status_code == 412:
            raise PreconditionFailed(href)
        if r.status_code not in (200, 204, 404):
            raise SyncError(
                translate(
                    "Messages", "{address}: the server refused the deletion ({status})"
                ).format(address=href, status=r.status_code)
            )

    def get_collection(self) -> bytes:
        """The collection as one iCalendar file (what an Outlook subscription reads)."""
        r = self._send("GET", self.url)
        if r.status_code != 200:
            raise SyncError(
                translate("Messages", "{address}: GET answered {status}").format(
                    address=self.url, status=r.status_code
                )
            )
        return r.content or b""

    def href_in_collection(self, name: str) -> str:
        return self.path + name

    def _absolute(self, href: str) -> str:
        return urljoin(self.url, _quote_path(href))


def _quote_path(path: str) -> str:
    from urllib.parse import quote

    return quote(path, safe="/@-_.~")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
