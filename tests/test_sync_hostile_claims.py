"""A signed edit that claims to have seen more than it could: a device cannot erase another's edit
by signing, with its own, a claim to have seen an edit that was never sent anywhere."""

from __future__ import annotations

from pathlib import Path

from desktop.store.proofs import prove
from desktop.store.replica import load_state, store_state
from desktop.sync.keys import load_or_create_key
from tests.conftest import make_case
from tests.sync_helpers import Device


def test_an_edit_claiming_to_have_seen_an_unsent_edit_cannot_erase_it(tmp_path: Path) -> None:
    victim, liar = Device(tmp_path / "victim", "victim"), Device(tmp_path / "liar", "liar")
    case = make_case(title="Shared case", summary="The first summary")
    victim.catalogue.save(case)
    victim.send(liar)
    # The victim rewrites the summary and has not sent it anywhere yet.
    mine = victim.catalogue.get(case.id)
    mine.summary = "The victim's summary, not yet sent"
    victim.catalogue.save(mine)
    # The liar rewrites it too, then signs its edit as if it had seen every edit of the victim
    # made before it: the victim's edit would be taken as replaced, not kept as a conflict.
    theirs = liar.catalogue.get(case.id)
    theirs.summary = "The liar's summary"
    liar.catalogue.save(theirs)
    db = liar.catalogue.db
    state = load_state(db, "cases", case.id)
    assert state is not None
    stamp = state.stamps["summary"]
    claimed = {**state.edits[stamp]["seen"], victim.id: f"{int(stamp[:13]) - 1:013d}.00000.{victim.id}"}
    key = load_or_create_key(liar.folder)
    prove(state, stamp, claimed, key.public_text, key.sign)
    with db.atomic():
        store_state(db, state)

    [report] = liar.send(victim)
    assert victim.catalogue.get(case.id).summary == "The victim's summary, not yet sent"
    assert any("liar" in line and "never sent" in line for line in report.held_back), report.held_back


def test_an_honest_edit_of_what_was_sent_still_replaces_it(tmp_path: Path) -> None:
    author, editor = Device(tmp_path / "author", "author"), Device(tmp_path / "editor", "editor")
    case = make_case(title="Shared case", summary="The author's summary")
    author.catalogue.save(case)
    author.send(editor)
    edited = editor.catalogue.get(case.id)
    edited.summary = "The editor's better summary"
    editor.catalogue.save(edited)
    [report] = editor.send(author)
    assert report.held_back == [] and author.sync.conflicts() == []
    assert author.catalogue.get(case.id).summary == "The editor's better summary"
