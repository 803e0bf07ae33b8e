"""The desktop integration files agree with each other, and the Linux installer puts them
where the desktop looks, pointing at the program it was given."""

from __future__ import annotations

import configparser
import os
import plistlib
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.bundle.helpers import ROOT, load_bundle

PACKAGING = ROOT / "packaging"
MIME = "application/x-ecplanner-plan"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(PACKAGING / "linux" / "ecplanner.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_opens_plans_of_the_declared_type() -> None:
    entry = _desktop_entry()
    assert entry["MimeType"].rstrip(";") == MIME
    assert entry["Exec"].endswith(" %f") and entry["Icon"] == "ecplanner"
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(PACKAGING / "linux" / "ecplanner-mime.xml").getroot().find("m:mime-type", ns)
    assert mime is not None and mime.get("type") == MIME
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == ["*.ecplan"]


def test_the_mac_app_declares_the_plan_type_it_edits() -> None:
    with open(PACKAGING / "macos" / "Info.plist", "rb") as file:
        info = plistlib.load(file)
    exported = info["UTExportedTypeDeclarations"][0]
    document = info["CFBundleDocumentTypes"][0]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["ecplan"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert document["CFBundleTypeRole"] == "Editor"


def test_only_the_plugins_and_translations_the_app_uses_ship() -> None:
    bundle = load_bundle()
    assert bundle.keep_qt_plugin("platforms/libqxcb.so")
    assert bundle.keep_qt_plugin("platforms/libqoffscreen.so")  # the smoke test's
    assert bundle.keep_qt_plugin("platforms/qwindows.dll")
    assert not bundle.keep_qt_plugin("platforms/libqvnc.so")
    assert not bundle.keep_qt_plugin("platformthemes/libqgtk3.so")
    assert not bundle.keep_qt_plugin("imageformats/libqtiff.so")
    assert bundle.keep_qt_translation("/qt/translations/qtbase_zh_CN.qm")
    assert bundle.keep_qt_translation("/qt/translations/qtbase_ja.qm")
    assert not bundle.keep_qt_translation("/qt/translations/qtbase_de.qm")
    shipped = {Path(file).name for file, _ in bundle.resource_data()}
    assert {"ecplanner_zh_CN.qm", "cn.toml", "ecplanner-48.png", "LGPL-3.0.txt"} <= shipped


@pytest.mark.skipif(shutil.which("bash") is None, reason="the installer is a bash script")
def test_the_installer_registers_the_program_and_the_plan_type(tmp_path: Path) -> None:
    app = tmp_path / "app" / "ecplanner"
    app.parent.mkdir()
    app.write_text("#!/bin/sh\n")
    app.chmod(0o755)
    share = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(share), "XDG_CONFIG_HOME": str(tmp_path / "c")}
    script = PACKAGING / "linux" / "install-desktop.sh"
    subprocess.run(["bash", str(script), str(app)], env=env, check=True, capture_output=True)
    entry = (share / "applications" / "ecplanner.desktop").read_text("utf-8")
    assert f'Exec="{app}" %f' in entry
    assert (share / "mime" / "packages" / "ecplanner.xml").is_file()
    for size in (16, 48, 256):
        assert (share / f"icons/hicolor/{size}x{size}/apps/ecplanner.png").is_file()
    subprocess.run(["bash", str(script), "--uninstall"], env=env, check=True,
                   capture_output=True)
    assert not (share / "applications" / "ecplanner.desktop").exists()
