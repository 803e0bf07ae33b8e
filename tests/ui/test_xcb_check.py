"""Qt's X11 plugin without its system libraries: one line naming them, before Qt aborts."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ecplanner.ui.xcb_check import PACKAGES, problem_text, uses_xcb, xcb_plugin, xcb_problem

_RUNTIME = re.compile(r"^(libc|libm|libstdc\+\+|libgcc_s|ld-linux.*|libz|libzstd|libQt6\w+|"
                      r"libicu\w+)\.so")


def _not_found(library: Path) -> list[str]:
    """What ``ldd`` cannot resolve for ``library``: an oracle apart from the code."""
    out = subprocess.run(["ldd", str(library)], capture_output=True, text=True, check=True).stdout
    return sorted({line.split()[0] for line in out.splitlines() if "not found" in line})


def test_qt_uses_xcb_only_on_linux_with_an_x_display() -> None:
    assert uses_xcb({"DISPLAY": ":0"}, "linux")
    assert uses_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux")
    assert uses_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb", "XDG_SESSION_TYPE": "wayland"},
                    "linux")
    assert not uses_xcb({}, "linux")  # no display: Qt's own message says so
    assert not uses_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not uses_xcb({"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}, "linux")
    assert not uses_xcb({"DISPLAY": ":0"}, "win32")
    assert xcb_problem({"DISPLAY": ":0"}, system="darwin") is None


@pytest.mark.skipif(sys.platform != "linux", reason="the xcb plugin is Linux's")
def test_the_check_names_what_the_loader_cannot_find() -> None:
    missing = _not_found(xcb_plugin())
    problem = xcb_problem({"DISPLAY": ":0"})
    if not missing:
        assert problem is None
        return
    assert problem is not None and "\n" not in problem
    assert problem.startswith("Qt's X11 window plugin (xcb) cannot load: missing ")
    for name in missing:
        assert name in problem and PACKAGES[name] in problem


def test_the_line_gives_the_packages_to_install() -> None:
    text = problem_text(["libxcb-icccm.so.4", "libxcb-keysyms.so.1"], "…")
    assert text.endswith("On Debian/Ubuntu: sudo apt-get install libxcb-icccm4 libxcb-keysyms1")
    assert problem_text([], "undefined symbol: xcb_foo").endswith("undefined symbol: xcb_foo")


@pytest.mark.skipif(shutil.which("readelf") is None, reason="readelf (binutils) is not here")
def test_every_system_library_qt_links_for_a_window_is_listed() -> None:
    qt = xcb_plugin().parents[2]
    needed: set[str] = set()
    for library in [xcb_plugin(), *(qt / "lib" / f"libQt6{name}.so.6"
                                     for name in ("Core", "Gui", "Widgets", "XcbQpa", "DBus"))]:
        dynamic = subprocess.run(["readelf", "-d", str(library)], capture_output=True,
                                 text=True, check=True).stdout
        needed |= set(re.findall(r"\(NEEDED\).*\[(.+)\]", dynamic))
    assert {name for name in needed if not _RUNTIME.match(name)} == set(PACKAGES)


@pytest.mark.skipif(sys.platform != "linux", reason="the xcb plugin is Linux's")
def test_the_app_says_it_in_one_line_instead_of_aborting(tmp_path: Path) -> None:
    missing = _not_found(xcb_plugin())
    if not missing:
        pytest.skip("every library of the xcb plugin is installed here")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=":99", XDG_DATA_HOME=str(tmp_path), XDG_STATE_HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path), XDG_SESSION_TYPE="x11")
    done = subprocess.run([sys.executable, "-m", "ecplanner"], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 4
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("ecplanner: Qt's X11 window plugin (xcb) cannot load: missing ")


def test_the_readme_installs_every_package_the_check_names() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    line = readme.split("sudo apt-get install ", 1)[1].split("```", 1)[0].split("\nsudo")[0]
    assert set(line.replace("\\", " ").split()) == set(PACKAGES.values())
