"""The `leaps org` commands: an organisation's root key on the administrator's machine, and a
device's membership."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.command import Commands, add_actions, add_command, add_json_option
from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.store import jsontext
from desktop.store.errors import CatalogueError
from desktop.store.files import write_atomically
from desktop.text.outside_text import print_json

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue
    from desktop.sync.org import Membership


def register(commands: Commands) -> None:
    """Add `leaps org ...` to the `leaps` parser."""
    org = add_actions(commands, "org", "organisations: root key, device certificates, revocations")
    init = add_command(
        org,
        "init",
        "make an organisation's root key in a new folder (administrator)",
        _init,
        opens_catalogue=False,
    )
    init.add_argument("folder", type=Path, help="kept on a machine that does no daily work")
    init.add_argument("--name", required=True, help="the organisation's name, as members will see it")
    certify = add_command(
        org, "certify", "sign a device's certificate (administrator)", _certify, opens_catalogue=False
    )
    certify.add_argument("folder", type=Path, help="the root key's folder")
    certify.add_argument("--device-id", required=True, help="as `leaps device --json` shows it")
    certify.add_argument("--public-key", required=True, help="as `leaps device --json` shows it")
    certify.add_argument("--name", required=True, help="the device's or its person's name")
    certify.add_argument("--role", choices=("member", "curator"), default="member")
    certify.add_argument("--days", type=int, default=365, help="how long it is valid (default 365)")
    certify.add_argument("--out", type=Path, required=True, help="the certificate file to give the device")
    revoke = add_command(
        org, "revoke", "revoke a device's certificate (administrator)", _revoke, opens_catalogue=False
    )
    revoke.add_argument("folder", type=Path, help="the root key's folder")
    revoke.add_argument("who", help="the certificate's serial, the device id or its key fingerprint")
    revoke.add_argument("--out", type=Path, required=True, help="the revocation list to give any device")
    join = add_command(org, "join", "take this device's certificate; trust its organisation", _join)
    join.add_argument("certificate", type=Path)
    trust = add_command(
        org, "trust", "trust an organisation (its organisation.json) without joining", _trust_organisation
    )
    trust.add_argument("file", type=Path)
    revocations = add_command(
        org, "revocations", "take a revocation list; bundles carry it on", _take_revocations
    )
    revocations.add_argument("file", type=Path)
    status = add_command(org, "status", "organisations trusted, this device's certificate, members", _status)
    add_json_option(status)


def _read(path: Path) -> Any:
    from desktop.sync.org import read_signed_file

    return read_signed_file(path)


def _init(args: argparse.Namespace) -> int:
    from desktop.sync import org

    info = org.init_organisation(args.folder, args.name)
    print(f"organisation {info['name']} ({info['org']}): root key in {args.folder / org.ROOT_KEY_FILE}")
    print(f"give members {args.folder / org.ORGANISATION_FILE}; keep the root key off daily machines")
    return 0


def _certify(args: argparse.Namespace) -> int:
    from desktop.sync import org

    certificate = org.certify(args.folder, args.device_id, args.public_key, args.name, args.role, args.days)
    write_atomically(args.out, jsontext.dumps(certificate).encode("utf-8"))
    body = certificate["body"]
    print(f"certified {body['name']} as {body['role']} until {body['not_after']}: {args.out}")
    return 0


def _revoke(args: argparse.Namespace) -> int:
    from desktop.sync import org

    signed = org.revoke(args.folder, args.who)
    write_atomically(args.out, jsontext.dumps(signed).encode("utf-8"))
    body = signed["body"]
    print(f"revocation list {body['version']} ({len(body['revoked'])} revoked): {args.out}")
    return 0


def _membership(catalogue: Catalogue) -> Membership:
    from desktop.sync.org import Membership

    return Membership(catalogue.db)


def _join(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.sync.service import SyncService

    certificate = SyncService(catalogue).join_organisation(args.certificate)
    print(f"joined {certificate.org_name} as {certificate.role} until {certificate.not_after}")
    return 0


def _trust_organisation(catalogue: Catalogue, args: argparse.Namespace) -> int:
    membership = _membership(catalogue)
    with catalogue.db.atomic():
        root = membership.trust_organisation(_read(args.file))
    print(f"trusting {root['name']}: its certified devices are taken with no question")
    return 0


def _take_revocations(catalogue: Catalogue, args: argparse.Namespace) -> int:
    membership = _membership(catalogue)
    signed = _read(args.file)
    with catalogue.db.atomic():
        membership.learn({"revocations": [signed]})
        if signed not in membership.revocations.values():
            not_newer = QT_TRANSLATE_NOOP(
                "Validation",
                "{file} is not a newer revocation list of an organisation this catalogue trusts; "
                "nothing was changed.",
            )
            raise CatalogueError(message(not_newer, file=args.file))
    print(f"{len(membership.revoked())} certificate(s) revoked; bundles from here carry the list on")
    return 0


def _status(catalogue: Catalogue, args: argparse.Namespace) -> int:
    status = _membership(catalogue).status()
    if args.json:
        print_json(status)
    else:
        _print_status(status)
    return 0


def _print_status(status: dict[str, Any]) -> None:
    if not status["organisations"]:
        print("no organisation: `leaps org join CERTIFICATE` or `leaps org trust ORGANISATION.json`")
        return
    for root in status["organisations"]:
        print(f"organisation: {root['name']} ({root['org']})")
    own = status["certificate"]
    print(f"this device: {own['role']} until {own['not_after']}" if own else "this device: no certificate")
    for member in status["members"]:
        print(
            f"  {member['name']} ({member['device_id']}): {member['role']}, {member['status']}, "
            f"until {member['not_after']}, {member['fingerprint']}"
        )
