"""Every `leaps` command follows one pattern: it has help text, a handler, and `--help` of its own."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.cli.app import parser

# Every feature of the app, by the command that reaches it from the shell.
FEATURES = {
    "search", "show", "like", "add", "edit", "delete", "history", "export-case", "export-json",
    "reindex", "check", "repair-clock", "info", "backup", "restore", "seed-check", "seed-publish",
    "export", "import", "conflicts", "resolve", "peers", "trust", "device", "pending", "sync", "hub",
    "org init", "org certify", "org revoke", "org join", "org trust", "org revocations", "org status",
    "plan list", "plan show", "plan start", "plan new", "plan edit", "plan duplicate", "plan delete",
    "plan export", "plan publish",
    "profile list", "profile show", "profile add", "profile delete",
    "progress add", "progress list",
    "shortlist list", "shortlist new", "shortlist add", "shortlist delete", "shortlist export",
    "compare", "report", "issuer",
    "import-sheet", "export-sheet", "duplicates", "merge", "unmerge",
    "translate list", "translate show", "translate status", "translate set", "translate confirm",
    "translate draft", "translate export", "translate import",
}  # fmt: skip


def commands(
    leaps: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[str, str, argparse.ArgumentParser]]:
    """Each command and action of the tree: its words, the help its parent lists, and its parser."""
    for action in leaps._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        listed = {choice.dest: choice.help or "" for choice in action._choices_actions}
        for name, sub in action.choices.items():
            yield " ".join((*path, name)), listed.get(name, ""), sub
            yield from commands(sub, (*path, name))


def test_every_command_has_help_and_a_handler() -> None:
    seen = set()
    for words, help_text, sub in commands(parser()):
        assert help_text.strip(), f"`leaps {words}` has no help text"
        groups = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
        if groups:
            assert all(g.required for g in groups), f"`leaps {words}` runs nothing without an action"
            continue
        assert callable(sub.get_default("handler")), f"`leaps {words}` has no handler"
        seen.add(words)
    assert seen == FEATURES


@pytest.mark.parametrize("words", sorted(FEATURES))
def test_every_command_answers_help(words: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([*words.split(), "--help"])
    assert exited.value.code == 0
    shown = capsys.readouterr().out
    assert shown.startswith(f"usage: leaps {words}"), shown
    help_text = dict((w, h) for w, h, _ in commands(parser()))[words]
    assert " ".join(help_text.split()) in " ".join(shown.split())


def leaps(capsys: pytest.CaptureFixture[str], data_dir: Path, *words: str, status: int = 0) -> str:
    """Run a command in this process, as the shell would; what it printed."""
    assert main(["--data-dir", str(data_dir), *words]) == status
    said = capsys.readouterr()
    return said.out if status == 0 else said.err


def test_what_the_window_does_with_cases_plans_and_shortlists_the_command_line_does_too(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = json.loads(leaps(capsys, data_dir, "search", "올빼미버스", "--json"))
    owl = found["results"][0]["id"]

    alike = json.loads(leaps(capsys, data_dir, "like", owl, "--limit", "3", "--json"))
    assert 0 < len(alike) <= 3 and owl not in [card["id"] for card in alike]
    assert all(card["alike"]["themes"] or card["alike"]["words"] for card in alike)
    other = alike[0]["id"]
    assert "shares " in leaps(capsys, data_dir, "like", owl)

    shortlist = leaps(capsys, data_dir, "shortlist", "new", "Night transport", owl).strip()
    refused = leaps(capsys, data_dir, "shortlist", "add", shortlist, other, "no-such-case", status=1)
    assert refused.startswith("leaps: [invalid] ") and "no-such-case" in refused
    assert "Night transport: 2 cases" in leaps(capsys, data_dir, "shortlist", "add", shortlist, other)
    [listed] = json.loads(leaps(capsys, data_dir, "shortlist", "list", "--json"))
    assert [item["case_id"] for item in listed["items"]] == [owl, other], "a refused add adds nothing"
    leaps(capsys, data_dir, "shortlist", "delete", shortlist)
    assert json.loads(leaps(capsys, data_dir, "shortlist", "list", "--json")) == []

    plan = leaps(capsys, data_dir, "plan", "start", owl, "--language", "ko").strip()
    started = json.loads(leaps(capsys, data_dir, "plan", "show", plan, "--json"))
    assert started["case_id"] == owl and started["language"] == "ko" and started["fit"]
    copy = leaps(capsys, data_dir, "plan", "duplicate", plan, "A copy to try").strip()
    copied = json.loads(leaps(capsys, data_dir, "plan", "show", copy, "--json"))
    assert copy != plan and copied["title"] == "A copy to try" and copied["state"] == "draft"
    assert copied["fit"] == started["fit"]
