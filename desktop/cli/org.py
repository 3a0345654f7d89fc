"""The `leaps org` commands: an organisation's root key on the administrator's machine, and a
device's membership."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.store import jsontext
from desktop.store.errors import CatalogueError
from desktop.store.files import write_atomically
from desktop.text.outside_text import print_json

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue

# These work on the root key's folder alone: the administrator's machine needs no catalogue.
ROOT_ACTIONS = ("init", "certify", "revoke")


def add_org_parsers(commands: argparse._SubParsersAction) -> None:
    """Add `leaps org ...` to the `leaps` parser."""
    org = commands.add_parser("org", help="organisations: root key, device certificates, revocations")
    actions = org.add_subparsers(dest="org_command", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="make an organisation's root key in a new folder (administrator)")
    init.add_argument("folder", type=Path, help="kept on a machine that does no daily work")
    init.add_argument("--name", required=True, help="the organisation's name, as members will see it")
    certify = actions.add_parser("certify", help="sign a device's certificate (administrator)")
    certify.add_argument("folder", type=Path, help="the root key's folder")
    certify.add_argument("--device-id", required=True, help="as `leaps device --json` shows it")
    certify.add_argument("--public-key", required=True, help="as `leaps device --json` shows it")
    certify.add_argument("--name", required=True, help="the device's or its person's name")
    certify.add_argument("--role", choices=("member", "curator"), default="member")
    certify.add_argument("--days", type=int, default=365, help="how long it is valid (default 365)")
    certify.add_argument("--out", type=Path, required=True, help="the certificate file to give the device")
    revoke = actions.add_parser("revoke", help="revoke a device's certificate (administrator)")
    revoke.add_argument("folder", type=Path, help="the root key's folder")
    revoke.add_argument("who", help="the certificate's serial, the device id or its key fingerprint")
    revoke.add_argument("--out", type=Path, required=True, help="the revocation list to give any device")
    join = actions.add_parser("join", help="take this device's certificate; trust its organisation")
    join.add_argument("certificate", type=Path)
    trust = actions.add_parser("trust", help="trust an organisation (its organisation.json) without joining")
    trust.add_argument("file", type=Path)
    revocations = actions.add_parser("revocations", help="take a revocation list; bundles carry it on")
    revocations.add_argument("file", type=Path)
    status = actions.add_parser("status", help="organisations trusted, this device's certificate, members")
    status.add_argument("--json", action="store_true")


def _read(path: Path) -> Any:
    try:
        return jsontext.loads(path.read_text("utf-8"), None)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise CatalogueError(f"cannot read {path}: {error}") from None


def run_root_action(args: argparse.Namespace) -> int:
    """`leaps org init|certify|revoke`, on the root key's folder."""
    from desktop.sync import org

    if args.org_command == "init":
        info = org.init_organisation(args.folder, args.name)
        print(f"organisation {info['name']} ({info['org']}): root key in {args.folder / org.ROOT_KEY_FILE}")
        print(f"give members {args.folder / org.ORGANISATION_FILE}; keep the root key off daily machines")
    elif args.org_command == "certify":
        certificate = org.certify(
            args.folder, args.device_id, args.public_key, args.name, args.role, args.days
        )
        write_atomically(args.out, jsontext.dumps(certificate).encode("utf-8"))
        body = certificate["body"]
        print(f"certified {body['name']} as {body['role']} until {body['not_after']}: {args.out}")
    else:
        signed = org.revoke(args.folder, args.who)
        write_atomically(args.out, jsontext.dumps(signed).encode("utf-8"))
        body = signed["body"]
        print(f"revocation list {body['version']} ({len(body['revoked'])} revoked): {args.out}")
    return 0


def run_org(catalogue: Catalogue, args: argparse.Namespace) -> int:
    """`leaps org join|trust|revocations|status`, on this device's catalogue."""
    from desktop.sync.org import Membership
    from desktop.sync.service import SyncService

    membership = Membership(catalogue.db)
    if args.org_command == "join":
        device = SyncService(catalogue).device()
        with catalogue.db.atomic():
            certificate = membership.join(_read(args.certificate), device["device_id"], device["public_key"])
        print(f"joined {certificate.org_name} as {certificate.role} until {certificate.not_after}")
    elif args.org_command == "trust":
        with catalogue.db.atomic():
            root = membership.trust_organisation(_read(args.file))
        print(f"trusting {root['name']}: its certified devices are taken with no question")
    elif args.org_command == "revocations":
        signed = _read(args.file)
        with catalogue.db.atomic():
            membership.learn({"revocations": [signed]})
            if signed not in membership.revocations.values():
                raise CatalogueError(
                    f"{args.file} is not a newer revocation list of an organisation this catalogue "
                    "trusts; nothing was changed."
                )
        print(f"{len(membership.revoked())} certificate(s) revoked; bundles from here carry the list on")
    elif args.json:
        print_json(membership.status())
    else:
        _print_status(membership.status())
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
