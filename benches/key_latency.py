#!/usr/bin/python3
"""Key to screen: how long a key takes to show in the real window.

Starts the workbench on its own Xvfb display (fresh HOME, no D-Bus), puts the
cursor at the end of the first entry, then presses keys through XTEST (as
xdotool does) and watches the entry's pixels with XGetImage until they show
the key. Two measures:

- single: one key after a pause of 0.6 s;
- burst: 40 keys at 40 per second, timed from the last key until the screen
  shows its final state (every key drawn).

The final state is what the entry shows 2 s after the last key (the cursor's
blink is included: the blink's two states both count as final), so a key
drawn late is caught whatever delayed it. `--load N` keeps N busy loops
running, as a loaded machine. Needs python3-xlib (Debian's package, for
/usr/bin/python3) and Xvfb.

    benches/key_latency.py target/release/monitor-workbench ISSUE.ron [--load 2]
"""

import argparse
import hashlib
import multiprocessing
import os
import statistics
import subprocess
import tempfile
import time

from Xlib import X, XK, display
from Xlib.ext import xtest


def busy():
    while True:
        pass


def start_display():
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-noreset", "-nolisten", "tcp", "-screen", "0", "1400x900x24"],
        pass_fds=[write],
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    number = os.read(read, 16).decode().strip()
    return server, f":{number}"


def widget(map_path, role, name):
    for line in open(map_path, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if fields[0] == role and fields[1] == name:
            return [int(float(v)) for v in fields[2:6]]
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("issue")
    parser.add_argument("--load", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument(
        "--entry",
        help="x,y,w,h of entry 1 in the window, for a build that writes no widget map",
    )
    args = parser.parse_args()

    server, name = start_display()
    home = tempfile.mkdtemp()
    widget_map = os.path.join(home, "widgets.tsv")
    env = {
        k: v for k, v in os.environ.items() if k not in ("DBUS_SESSION_BUS_ADDRESS", "WAYLAND_DISPLAY")
    }
    env.update(DISPLAY=name, HOME=home, MONITOR_WORKBENCH_WIDGET_MAP=widget_map)
    app = subprocess.Popen(
        [args.binary, args.issue], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    loads = [multiprocessing.Process(target=busy, daemon=True) for _ in range(args.load)]
    for process in loads:
        process.start()
    try:
        disp = display.Display(name)
        root = disp.screen().root
        deadline = time.monotonic() + 60
        entry = [int(v) for v in args.entry.split(",")] if args.entry else None
        if entry:
            time.sleep(6)
        while entry is None and time.monotonic() < deadline:
            time.sleep(0.5)
            if os.path.exists(widget_map):
                entry = widget(widget_map, "MultilineTextInput", "Entry 1")
        assert entry, "the window showed no Entry 1"
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "Monitor Workbench"],
                       env=env, check=True, stdout=subprocess.DEVNULL)
        window = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Monitor Workbench"],
                                env=env, check=True, capture_output=True, text=True).stdout.split()[0]
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=True)
        # A fresh HOME is a first run: its tour's card may lie over the
        # page. Escape closes it (and does nothing without it).
        subprocess.run(["xdotool", "key", "Escape"], env=env, check=True)
        time.sleep(0.5)
        x, y, w, h = entry
        subprocess.run(["xdotool", "mousemove", str(x + w // 2), str(y + h // 2), "click", "1"],
                       env=env, check=True)
        time.sleep(0.5)

        def key(sym, modifier=None):
            code = disp.keysym_to_keycode(XK.string_to_keysym(sym))
            if modifier:
                mod = disp.keysym_to_keycode(XK.string_to_keysym(modifier))
                xtest.fake_input(disp, X.KeyPress, mod)
            xtest.fake_input(disp, X.KeyPress, code)
            xtest.fake_input(disp, X.KeyRelease, code)
            if modifier:
                xtest.fake_input(disp, X.KeyRelease, mod)
            disp.flush()

        key("End", "Control_L")
        time.sleep(0.5)
        # The page from the entry down: the text grows and wraps as keys come.
        region = (x, y, w, 760 - y)

        def grab():
            data = root.get_image(*region, X.ZPixmap, 0xFFFFFFFF).data
            return hashlib.md5(data).hexdigest()

        def shown_after(start, settle=2.0):
            seen = []
            while time.monotonic() - start < settle + 1.2:
                seen.append((time.monotonic() - start, grab()))
                time.sleep(0.002)
            final = {state for at, state in seen if at > settle}
            return next(at for at, state in seen if state in final)

        letters = "abcdefghij"
        singles, bursts = [], []
        for round_ in range(args.rounds):
            start = time.monotonic()
            key(letters[round_ % 10])
            singles.append(shown_after(start))
            time.sleep(0.6)
        for _ in range(args.rounds):
            for i in range(39):
                key(letters[i % 10])
                time.sleep(0.025)
            start = time.monotonic()
            key("period")
            bursts.append(shown_after(start))
            time.sleep(0.6)
        for label, values in (("single key", singles), ("last of 40 at 40/s", bursts)):
            ms = sorted(v * 1000 for v in values)
            print(
                f"{label:<20} median {statistics.median(ms):6.1f} ms  "
                f"p90 {ms[int(len(ms) * 0.9) - 1]:6.1f} ms  max {ms[-1]:6.1f} ms  (n={len(ms)})"
            )
    finally:
        app.kill()
        server.kill()
        for process in loads:
            process.terminate()


if __name__ == "__main__":
    main()
