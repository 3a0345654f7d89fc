"""Real Syncthing daemons on loopback for the hub tests: no discovery, no relays, no outside network."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from pathlib import Path
from typing import Any

SYNCTHING = shutil.which("syncthing")
FOLDER_ID = "leaps-sync"
# Bounds a wait for something that will happen (a file crossing loopback), never a race.
WAIT_S = 120.0

# Loopback only: nothing announced, relayed, mapped, reported or upgraded.
_OPTIONS = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "urAccepted": "-1",
    "autoUpgradeIntervalH": "0",
    "crashReportingEnabled": "false",
    "startBrowser": "false",
}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for(condition: Callable[[], Any], what: str, timeout: float = WAIT_S) -> Any:
    """Poll until `condition()` is truthy; fail naming `what` if it never becomes so."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


class Daemon:
    """One Syncthing daemon with its own home, a loopback listen port and a REST key."""

    def __init__(self, home: Path, name: str) -> None:
        self.home = home
        self.name = name
        self.listen = f"tcp://127.0.0.1:{_free_port()}"
        self.gui = f"127.0.0.1:{_free_port()}"
        self.key = f"leaps-test-{name}"
        self.process: subprocess.Popen[bytes] | None = None
        home.mkdir(parents=True)
        generated = subprocess.run(
            [str(SYNCTHING), "generate", f"--home={home}", "--no-default-folder"],
            capture_output=True, text=True, check=True, env=self._env(),
        )
        self.device_id = next(
            line.split("Device ID:")[1].strip()
            for line in (generated.stdout + generated.stderr).splitlines()
            if "Device ID:" in line
        )
        self._configure()

    def _env(self) -> dict[str, str]:
        return {**os.environ, "HOME": str(self.home), "STNOUPGRADE": "1", "STNORESTART": "1"}

    def _configure(self) -> None:
        path = self.home / "config.xml"
        tree = ElementTree.parse(path)
        options = tree.getroot().find("options")
        assert options is not None
        for name, value in _OPTIONS.items():
            element = options.find(name)
            if element is None:
                element = ElementTree.SubElement(options, name)
            element.text = value
        for element in options.findall("listenAddress"):
            options.remove(element)
        ElementTree.SubElement(options, "listenAddress").text = self.listen
        tree.write(path)

    def start(self) -> None:
        """Start the daemon and wait until its REST API answers."""
        self.process = subprocess.Popen(
            [
                str(SYNCTHING), "serve", f"--home={self.home}", "--no-browser", "--no-restart",
                f"--gui-address={self.gui}", f"--gui-apikey={self.key}",
                f"--logfile={self.home / 'syncthing.log'}",
            ],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=self._env(),
        )
        wait_for(self._answers, f"{self.name}'s Syncthing to start")

    def _answers(self) -> bool:
        assert self.process is not None
        if self.process.poll() is not None:
            raise AssertionError(f"{self.name}'s Syncthing exited: {self.log()}")
        try:
            return self.rest("GET", "/rest/system/ping").get("ping") == "pong"
        except OSError:
            return False

    def rest(self, method: str, path: str, body: Any = None) -> Any:
        """Call the daemon's REST API on loopback."""
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            f"http://{self.gui}{path}", data=data, method=method,
            headers={"X-API-Key": self.key, "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read()
        return json.loads(text) if text.strip() else {}

    def add_device(self, other: Daemon) -> None:
        """Know `other` at its loopback address."""
        self.rest("POST", "/rest/config/devices", {
            "deviceID": other.device_id, "name": other.name, "addresses": [other.listen],
        })

    def share(self, folder: Path, peers: list[Daemon], ignores: list[str]) -> None:
        """Share `folder` with `peers`, with these .stignore lines, rescanning often."""
        folder.mkdir(parents=True, exist_ok=True)
        (folder / ".stignore").write_text("\n".join(ignores) + "\n", encoding="utf-8")
        self.rest("POST", "/rest/config/folders", {
            "id": FOLDER_ID, "label": "LEAPS", "path": str(folder), "type": "sendreceive",
            "rescanIntervalS": 1, "fsWatcherEnabled": False,
            "devices": [{"deviceID": d.device_id} for d in [self, *peers]],
        })

    def rescan(self) -> None:
        """Look at the folder now instead of at the next interval."""
        self.rest("POST", f"/rest/db/scan?folder={FOLDER_ID}")

    def log(self) -> str:
        path = self.home / "syncthing.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else "(no log)"

    def stop(self) -> None:
        """Shut the daemon down, forcefully if it does not go."""
        if self.process is None or self.process.poll() is not None:
            return
        try:
            self.rest("POST", "/rest/system/shutdown")
            self.process.wait(timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
