"""Organisations: a root key certifies devices (name, key, role, expiry) so that members take each
other's bundles with no prompt, and root-signed revocations travel in bundles.

The root key lives on the administrator's machine (`leaps org init FOLDER`), ideally one that does
no daily work; devices only ever hold the organisation's public key and their own certificate.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.store import jsontext
from desktop.store import organisation as stored
from desktop.store.clock import Stamp
from desktop.store.errors import CatalogueError
from desktop.store.files import write_atomically
from desktop.store.organisation import CURATOR_STATES
from desktop.store.proofs import held_versions
from desktop.store.replica import RecordState
from desktop.sync.keys import DeviceKey, fingerprint, key_from_pem, verify

ROLES = ("member", "curator")
ROOT_KEY_FILE = "root_key.pem"
ORGANISATION_FILE = "organisation.json"
ISSUED_FILE = "issued.json"
REVOCATIONS_FILE = "revocations.json"
# What one bundle's manifest may carry: enough for a programme of thousands of devices.
MAX_CERTIFICATES = 10_000
MAX_REVOCATION_LISTS = 16
MAX_REVOKED = 100_000


def _canonical(value: Any) -> bytes:
    return jsontext.dumps(value).encode("utf-8")


def _signed(key: DeviceKey, body: dict[str, Any]) -> dict[str, Any]:
    return {"body": body, "sig": base64.b64encode(key.sign(_canonical(body))).decode("ascii")}


def _verified_body(public_key: str, signed: Any) -> dict[str, Any] | None:
    """The body of a signed object if `public_key` signed it, else None (any malformed shape too)."""
    if not isinstance(signed, dict) or not isinstance(signed.get("body"), dict):
        return None
    try:
        signature = base64.b64decode(str(signed.get("sig", "")), validate=True)
    except (binascii.Error, ValueError):
        return None
    return signed["body"] if verify(public_key, signature, _canonical(signed["body"])) else None


def _today() -> str:
    return datetime.datetime.now(datetime.UTC).date().isoformat()


@dataclass(frozen=True)
class Certificate:
    """A device's membership: its key and role in an organisation, for a time, signed by the root."""

    org: str
    org_name: str
    org_key: str
    serial: str
    device_id: str
    name: str
    role: str
    public_key: str
    not_before: str
    not_after: str
    sig: str = ""

    @classmethod
    def from_signed(cls, signed: Any) -> Certificate | None:
        """The certificate if it is well formed and its organisation's key signed it, else None."""
        body = signed.get("body") if isinstance(signed, dict) else None
        if not isinstance(body, dict) or set(body) != {f for f in cls.__dataclass_fields__ if f != "sig"}:
            return None
        if not all(isinstance(v, str) and len(v) <= 1000 for v in body.values()) or body["role"] not in ROLES:
            return None
        if _verified_body(body["org_key"], signed) is None:
            return None
        return cls(**body, sig=signed["sig"])

    def signed(self) -> dict[str, Any]:
        """The certificate as it travels."""
        body = asdict(self)
        return {"body": body, "sig": body.pop("sig")}

    @property
    def fingerprint(self) -> str:
        """The fingerprint of the certified key."""
        return fingerprint(base64.b64decode(self.public_key))

    def current(self, today: str | None = None) -> bool:
        """True between its first and last day of validity (this computer's date)."""
        return self.not_before <= (today or _today()) <= self.not_after


# The administrator's side: the root key and what it issued


def init_organisation(folder: Path, name: str) -> dict[str, str]:
    """Make an organisation's root key in a new folder; returns the public organisation file's content."""
    if (folder / ROOT_KEY_FILE).exists():
        raise CatalogueError(
            message(
                QT_TRANSLATE_NOOP(
                    "Validation", "{folder} already holds an organisation's root key; nothing was changed."
                ),
                folder=folder,
            )
        )
    folder.mkdir(parents=True, exist_ok=True)
    key = DeviceKey.generate()
    info = {"org": str(uuid.uuid4()), "name": name, "public_key": key.public_text}
    write_atomically(folder / ROOT_KEY_FILE, key.pem(), mode=0o600)
    write_atomically(folder / ORGANISATION_FILE, _canonical(info))
    return info


def _root(folder: Path) -> tuple[DeviceKey, dict[str, str]]:
    try:
        key = key_from_pem((folder / ROOT_KEY_FILE).read_bytes())
        info = jsontext.loads((folder / ORGANISATION_FILE).read_text("utf-8"), {})
    except (OSError, ValueError) as error:
        raise CatalogueError(
            message(
                QT_TRANSLATE_NOOP("Validation", "{folder} holds no organisation's root key ({reason})."),
                folder=folder,
                reason=error,
            )
        ) from None
    if info.get("public_key") != key.public_text:
        raise CatalogueError(
            message(
                QT_TRANSLATE_NOOP("Validation", "{folder}: {file} does not belong to its root key."),
                folder=folder,
                file=ORGANISATION_FILE,
            )
        )
    return key, info


def certify(folder: Path, device_id: str, public_key: str, name: str, role: str, days: int) -> dict[str, Any]:
    """Sign a device's certificate with the root key in `folder`; it is recorded there as issued."""
    if role not in ROLES:
        raise CatalogueError(
            message(
                QT_TRANSLATE_NOOP("Validation", "role must be one of {roles} (got '{role}')."),
                roles=", ".join(ROLES),
                role=role,
            )
        )
    try:
        if len(base64.b64decode(public_key, validate=True)) != 32:
            raise ValueError
    except (binascii.Error, ValueError):
        raise CatalogueError(
            message(
                QT_TRANSLATE_NOOP(
                    "Validation", "the public key must be a device's key as `leaps device` shows it."
                )
            )
        ) from None
    key, info = _root(folder)
    start = datetime.datetime.now(datetime.UTC).date()
    body = {
        "org": info["org"],
        "org_name": info["name"],
        "org_key": info["public_key"],
        "serial": str(uuid.uuid4()),
        "device_id": device_id,
        "name": name,
        "role": role,
        "public_key": public_key,
        "not_before": start.isoformat(),
        "not_after": (start + datetime.timedelta(days=days)).isoformat(),
    }
    certificate = _signed(key, body)
    issued = _read_json(folder / ISSUED_FILE, [])
    write_atomically(folder / ISSUED_FILE, _canonical([*issued, body]))
    return certificate


def revoke(folder: Path, who: str) -> dict[str, Any]:
    """Revoke the certificates a serial, device id or key fingerprint names; the new signed list."""
    key, info = _root(folder)
    issued = _read_json(folder / ISSUED_FILE, [])
    named = [
        c
        for c in issued
        if who in (c["serial"], c["device_id"], fingerprint(base64.b64decode(c["public_key"])))
    ]
    if not named:
        raise CatalogueError(
            message(
                QT_TRANSLATE_NOOP(
                    "Validation", "No certificate issued from {folder} has the serial, device or key {who}."
                ),
                folder=folder,
                who=who,
            )
        )
    current = _verified_body(info["public_key"], _read_json(folder / REVOCATIONS_FILE, {})) or {}
    revoked = list(current.get("revoked", []))
    at = datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds")
    revoked += [
        {"serial": c["serial"], "device_id": c["device_id"], "public_key": c["public_key"], "at": at}
        for c in named
        if c["serial"] not in {r["serial"] for r in revoked}
    ]
    body = {"org": info["org"], "version": int(current.get("version", 0)) + 1, "revoked": revoked}
    signed = _signed(key, body)
    write_atomically(folder / REVOCATIONS_FILE, _canonical(signed))
    return signed


def _read_json(path: Path, default: Any) -> Any:
    try:
        return jsontext.loads(path.read_text("utf-8"), default)
    except OSError:
        return default


# A device's side: the organisations it trusts and what it knows of their members


@dataclass
class Revocation:
    """A revoked certificate: the device and key it named, and from when its changes are refused."""

    serial: str
    device_id: str
    public_key: str
    at: str


_REVOCATION_FIELDS = ("serial", "device_id", "public_key", "at")


class Membership:
    """What this catalogue knows of organisations, and what it decides from a bundle's manifest."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.roots: dict[str, dict[str, str]] = stored.read(db, stored.ROOTS_KEY, {})
        self.own = Certificate.from_signed(stored.read(db, stored.OWN_CERTIFICATE_KEY, None))
        self.certificates: dict[str, dict[str, Any]] = stored.read(db, stored.CERTIFICATES_KEY, {})
        self.revocations: dict[str, dict[str, Any]] = stored.read(db, stored.REVOCATIONS_KEY, {})

    # Decisions

    def _trusted(self, certificate: Certificate | None) -> bool:
        root = self.roots.get(certificate.org) if certificate else None
        return root is not None and certificate is not None and root["public_key"] == certificate.org_key

    def revoked(self) -> dict[str, Revocation]:
        """Revoked keys (base64) of trusted organisations."""
        found = {}
        for org, signed in self.revocations.items():
            root = self.roots.get(org)
            body = _verified_body(root["public_key"], signed) if root else None
            for entry in (body or {}).get("revoked", []):
                if isinstance(entry, dict) and all(isinstance(entry.get(k), str) for k in _REVOCATION_FIELDS):
                    found[entry["public_key"]] = Revocation(**{k: entry[k] for k in _REVOCATION_FIELDS})
        return found

    def certificate_of(
        self, device_id: str, public_key: str, offered: Sequence[Any] = ()
    ) -> Certificate | None:
        """The certificate of a trusted organisation for this device and key, stored or offered."""
        candidates = [self.certificates.get(fingerprint(base64.b64decode(public_key))), *offered]
        for signed in candidates:
            certificate = Certificate.from_signed(signed)
            if (
                self._trusted(certificate)
                and certificate is not None
                and certificate.device_id == device_id
                and certificate.public_key == public_key
            ):
                return certificate
        return None

    def standing(self, device_id: str, public_key: str, offered: dict[str, list[Any]]) -> tuple[str, str]:
        """("certified" | "revoked" | "expired" | "", a line saying why) for a signer, from what is
        known here and the certificates and revocation lists its manifest offers."""
        certificate = self.certificate_of(device_id, public_key, offered.get("certificates", []))
        if certificate is None:
            return "", ""
        revocation = self.revoked_with(offered.get("revocations", [])).get(public_key)
        if revocation is not None:
            revoked = QT_TRANSLATE_NOOP("Validation", "its certificate from {org} was revoked on {at}")
            return "revoked", message(revoked, org=certificate.org_name, at=revocation.at)
        if not certificate.current():
            expired = QT_TRANSLATE_NOOP(
                "Validation", "its certificate from {org} is valid from {start} to {end}"
            )
            return "expired", message(
                expired, org=certificate.org_name, start=certificate.not_before, end=certificate.not_after
            )
        certified = QT_TRANSLATE_NOOP("Validation", "{role} of {org} until {end}")
        return "certified", message(
            certified, role=certificate.role, org=certificate.org_name, end=certificate.not_after
        )

    def revoked_with(self, offered_lists: list[Any]) -> dict[str, Revocation]:
        """Revocations known here plus any newer ones a manifest carries."""
        saved = self.revocations
        self.revocations = self._merged_revocations(offered_lists)
        try:
            return self.revoked()
        finally:
            self.revocations = saved

    def members(self, offered: Sequence[Any] = ()) -> dict[str, Certificate]:
        """Each device's certificate from a trusted organisation, known here or offered."""
        found = {}
        for signed in [*self.certificates.values(), *offered]:
            certificate = Certificate.from_signed(signed)
            if certificate is not None and self._trusted(certificate):
                found[certificate.device_id] = certificate
        if self.own is not None:
            found[self.own.device_id] = self.own
        return found

    # What changes

    def _merged_revocations(self, offered: list[Any]) -> dict[str, dict[str, Any]]:
        merged = dict(self.revocations)
        for signed in offered:
            body = signed.get("body") if isinstance(signed, dict) else None
            if not isinstance(body, dict) or not isinstance(body.get("org"), str):
                continue
            root = self.roots.get(body["org"])
            if root is None or _verified_body(root["public_key"], signed) is None:
                continue
            held = merged.get(body["org"], {}).get("body", {})
            if int(body.get("version", 0)) > int(held.get("version", 0)):
                merged[body["org"]] = signed
        return merged

    def learn(self, offered: dict[str, list[Any]]) -> None:
        """Keep the certificates of trusted organisations and newer revocation lists a bundle carries."""
        certificates, revocations = offered.get("certificates", []), offered.get("revocations", [])
        for signed in certificates:
            certificate = Certificate.from_signed(signed)
            if self._trusted(certificate) and certificate is not None:
                self.certificates[certificate.fingerprint] = certificate.signed()
        self.revocations = self._merged_revocations(revocations)
        stored.write(self.db, stored.CERTIFICATES_KEY, self.certificates)
        stored.write(self.db, stored.REVOCATIONS_KEY, self.revocations)

    def trust_organisation(self, info: Any) -> dict[str, str]:
        """Trust an organisation's root (its public file): its certified devices need no prompt."""
        if not isinstance(info, dict) or not all(
            isinstance(info.get(k), str) for k in ("org", "name", "public_key")
        ):
            raise CatalogueError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Validation", "not an organisation file (it needs org, name and public_key)."
                    )
                )
            )
        root = {"name": info["name"], "public_key": info["public_key"]}
        self.roots[info["org"]] = root
        stored.write(self.db, stored.ROOTS_KEY, self.roots)
        return {"org": info["org"], **root}

    def join(self, signed: Any, device_id: str, public_key: str) -> Certificate:
        """Take this device's certificate: its organisation is trusted from now on."""
        certificate = Certificate.from_signed(signed)
        if certificate is None:
            raise CatalogueError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "not a certificate signed by its organisation's key; nothing was changed.",
                    )
                )
            )
        if certificate.device_id != device_id or certificate.public_key != public_key:
            not_ours = QT_TRANSLATE_NOOP(
                "Validation",
                "this certificate is for {name} ({device_id}), not this device; nothing was changed.",
            )
            raise CatalogueError(message(not_ours, name=certificate.name, device_id=certificate.device_id))
        if not certificate.current():
            out_of_date = QT_TRANSLATE_NOOP(
                "Validation", "this certificate is valid from {start} to {end}; nothing was changed."
            )
            raise CatalogueError(
                message(out_of_date, start=certificate.not_before, end=certificate.not_after)
            )
        self.trust_organisation(
            {"org": certificate.org, "name": certificate.org_name, "public_key": certificate.org_key}
        )
        self.own = certificate
        stored.write(self.db, stored.OWN_CERTIFICATE_KEY, certificate.signed())
        self.learn({"certificates": [certificate.signed()]})
        return certificate

    def manifest_part(self) -> dict[str, Any] | None:
        """What every bundle this device writes carries: certificates and revocation lists."""
        if not self.roots:
            return None
        certificates = list(self.certificates.values())[:MAX_CERTIFICATES]
        return {"certificates": certificates, "revocations": list(self.revocations.values())}

    def status(self) -> dict[str, Any]:
        """Organisations trusted, this device's certificate, members known and revocations."""
        revoked = self.revoked()
        members = []
        for signed in self.certificates.values():
            certificate = Certificate.from_signed(signed)
            if certificate is None or not self._trusted(certificate):
                continue
            state = (
                "revoked"
                if certificate.public_key in revoked
                else ("valid" if certificate.current() else "expired")
            )
            shown = {k: v for k, v in asdict(certificate).items() if k != "sig"}
            members.append({**shown, "fingerprint": certificate.fingerprint, "status": state})
        members.sort(key=lambda m: (m["org_name"], m["name"]))
        return {
            "organisations": [{"org": org, **root} for org, root in sorted(self.roots.items())],
            "certificate": {k: v for k, v in asdict(self.own).items() if k != "sig"} if self.own else None,
            "members": members,
            "revoked": [asdict(r) for r in revoked.values()],
        }


def read_signed_file(path: Path) -> Any:
    """A certificate, organisation or revocation list as its file holds it (checked by its user)."""
    try:
        return jsontext.loads(path.read_text("utf-8"), None)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        unreadable = QT_TRANSLATE_NOOP("Validation", "cannot read {path}: {reason}")
        raise CatalogueError(message(unreadable, path=path, reason=error)) from None


class OrganisationRules:
    """Finds the changes an organisation does not allow in a bundle's records: a revoked device's
    changes made after its revocation, and curation states only a curator may set, set by a member."""

    def __init__(self, membership: Membership, offered: dict[str, list[Any]]) -> None:
        revoked = membership.revoked_with(offered.get("revocations", []))
        self._revoked_from = {r.device_id: _ms(r.at) for r in revoked.values()}
        self.members = membership.members(offered.get("certificates", []))
        self._plain_members = {device for device, c in self.members.items() if c.role == "member"}
        # (device id, what it did) -> records refused for it
        self.refused: dict[tuple[str, str], int] = {}

    def allow(self, state: RecordState) -> bool:
        """True if every change the record holds is allowed; else counted under its author."""
        if self._revoked_from:
            for stamp in {stamp for _, _, stamp in held_versions(state)}:
                made = Stamp.decode(stamp)
                since = self._revoked_from.get(made.device)
                if since is not None and made.wall_ms > since:
                    return self._refuse(made.device, "after its certificate was revoked")
        if state.type != "cases" or not self._plain_members:
            return True
        curation = [(state.fields.get("curation"), state.stamps.get("curation", ""))]
        for value, stamp in curation + state.siblings.get("curation", []):
            device = stamp.split(".", 2)[-1]
            if value in CURATOR_STATES and device in self._plain_members:
                return self._refuse(device, "marking cases reviewed or verified, which only a curator may")
        return True

    def _refuse(self, device: str, reason: str) -> bool:
        self.refused[(device, reason)] = self.refused.get((device, reason), 0) + 1
        return False


def _ms(iso_time: str) -> int:
    """An ISO 8601 time as milliseconds since the epoch (far in the future if unreadable)."""
    try:
        moment = datetime.datetime.fromisoformat(iso_time)
    except ValueError:
        return 2**62
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return int(moment.timestamp() * 1000)
