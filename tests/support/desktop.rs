//! The real binary on a real X server, driven as a person drives it: an
//! Xvfb display of its own, a fresh `HOME`, no D-Bus and so no desktop
//! portal, keys typed one at a time and the pointer moved with `xdotool`,
//! the clipboard owned by `xclip` as another program owns it.
//!
//! Widgets are found the way a screen reader finds them: the program writes
//! its accessibility tree to a file (`MONITOR_WORKBENCH_WIDGET_MAP`), and a
//! test looks a name up there, then clicks its middle with the real pointer.
//! Nothing here reaches into the program: what it did is read back from the
//! files it saved and exported.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// What the suite needs, with the Debian packages that give it.
const TOOLS: [(&str, &str); 4] = [
    ("Xvfb", "xvfb"),
    ("xdotool", "xdotool"),
    ("xclip", "xclip"),
    ("xmodmap", "x11-xserver-utils"),
];

/// The accented letters and dashes a Spanish or Portuguese editor's keyboard
/// types, put on keys Xvfb's US layout leaves free. Without them xdotool
/// remaps a key for each such character and back again while the program is
/// still reading the key: the character is lost in the race, a fault of the
/// tool and not of the program, which a real layout does not have.
const LAYOUT: &str = "keycode 93 = eacute Eacute
keycode 97 = aacute Aacute
keycode 103 = iacute Iacute
keycode 120 = oacute Oacute
keycode 132 = uacute Uacute
keycode 149 = ntilde Ntilde
keycode 154 = endash emdash
keycode 168 = ccedilla Ccedilla
keycode 178 = atilde Atilde
keycode 183 = otilde Otilde
keycode 184 = udiaeresis Udiaeresis
keycode 197 = acircumflex ecircumflex
";

/// Fails with what to install when a tool is missing: a test that cannot
/// drive the desktop is not a test that passed.
pub fn require_tools() {
    let missing: Vec<&str> = TOOLS
        .iter()
        .filter(|(tool, _)| {
            Command::new("sh")
                .args(["-c", &format!("command -v {tool}")])
                .output()
                .map_or(true, |out| !out.status.success())
        })
        .map(|(_, package)| *package)
        .collect();
    assert!(
        missing.is_empty(),
        "the desktop tests drive the real window: install {} (apt-get install {}); .ci/run does",
        missing.join(", "),
        missing.join(" ")
    );
}

/// One named widget of the window, in window pixels.
#[derive(Debug, Clone)]
pub struct Widget {
    pub role: String,
    pub name: String,
    pub rect: (f32, f32, f32, f32),
    pub value: String,
}

impl Widget {
    fn centre(&self) -> (i32, i32) {
        let (x, y, w, h) = self.rect;
        ((x + w / 2.0).round() as i32, (y + h / 2.0).round() as i32)
    }
}

/// An X display with nothing on it but the windows a test starts.
pub struct Display {
    server: Child,
    pub name: String,
    /// The fresh home folder every program started here gets.
    pub home: tempfile::TempDir,
}

impl Display {
    pub fn start(width: u32, height: u32) -> Self {
        require_tools();
        // -noreset: without it the server starts afresh whenever its last
        // client leaves (xmodmap, between two programs), forgetting the layout.
        let mut server = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-noreset",
                "-nolisten",
                "tcp",
                "-screen",
                "0",
            ])
            .arg(format!("{width}x{height}x24"))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb starts");
        // Xvfb writes its display number once it accepts clients.
        let mut line = String::new();
        let stdout = server.stdout.take().expect("Xvfb's output");
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("Xvfb names its display");
        let name = format!(":{}", line.trim());
        let display = Self {
            server,
            name,
            home: tempfile::tempdir().expect("a home folder"),
        };
        let mut xmodmap = display
            .command("xmodmap")
            .arg("-")
            .stdin(Stdio::piped())
            .spawn()
            .expect("xmodmap runs");
        xmodmap
            .stdin
            .take()
            .expect("xmodmap's input")
            .write_all(LAYOUT.as_bytes())
            .expect("xmodmap reads the layout");
        assert!(xmodmap.wait().expect("xmodmap ends").success());
        display
    }

    /// A command run on this display, in the fresh home, with no D-Bus.
    pub fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut command = Command::new(program);
        let home = self.home.path();
        command
            .env("DISPLAY", &self.name)
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("XDG_DATA_HOME", home.join(".local/share"))
            .env("XDG_CACHE_HOME", home.join(".cache"))
            .env_remove("DBUS_SESSION_BUS_ADDRESS")
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("XDG_RUNTIME_DIR")
            // The window in English, whatever the machine's locale.
            .env("LC_ALL", "C.UTF-8");
        command
    }

    /// Runs `xdotool args…` and returns what it printed.
    pub fn xdotool(&self, args: &[&str]) -> String {
        let out = self
            .command("xdotool")
            .args(args)
            .output()
            .expect("xdotool runs");
        assert!(
            out.status.success(),
            "xdotool {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }

    /// Puts `text` on the clipboard as another program would: xclip owns
    /// the selection until something else takes it.
    pub fn copy_elsewhere(&self, text: &str) {
        let mut xclip = self
            .command("xclip")
            .args(["-selection", "clipboard", "-i"])
            .stdin(Stdio::piped())
            .spawn()
            .expect("xclip runs");
        xclip
            .stdin
            .take()
            .expect("xclip's input")
            .write_all(text.as_bytes())
            .expect("xclip reads the text");
        // xclip forks to serve the selection; the parent exits at once.
        let _ = xclip.wait();
    }

    /// What another program pastes now.
    pub fn paste_elsewhere(&self) -> String {
        let out = self
            .command("xclip")
            .args(["-o", "-selection", "clipboard"])
            .output()
            .expect("xclip runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }
}

impl Drop for Display {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}

/// The workbench running on a display.
pub struct Workbench<'d> {
    display: &'d Display,
    process: Child,
    map: PathBuf,
    pub window: String,
}

impl<'d> Workbench<'d> {
    /// Starts the real binary with `args` and waits for its window.
    pub fn start(display: &'d Display, args: &[&Path]) -> Self {
        let map = display.home.path().join("widgets.tsv");
        let _ = std::fs::remove_file(&map);
        let process = display
            .command(env!("CARGO_BIN_EXE_monitor-workbench"))
            .args(args)
            .env("MONITOR_WORKBENCH_WIDGET_MAP", &map)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the workbench starts");
        let window = display.xdotool(&[
            "search",
            "--sync",
            "--onlyvisible",
            "--name",
            "Monitor Workbench",
        ]);
        let window = window.lines().next().unwrap_or_default().to_owned();
        // No window manager: the window gets the keyboard only when asked.
        display.xdotool(&["windowfocus", "--sync", &window]);
        let workbench = Self {
            display,
            process,
            map,
            window,
        };
        workbench.wait_until_still();
        workbench
    }

    /// Waits until the window has drawn the same widgets for half a second:
    /// its first frames lay out with fonts still loading.
    pub fn wait_until_still(&self) {
        let start = Instant::now();
        let mut last = String::new();
        let mut since = Instant::now();
        loop {
            let now = std::fs::read_to_string(&self.map).unwrap_or_default();
            if now != last {
                last = now;
                since = Instant::now();
            } else if !last.is_empty() && since.elapsed() > Duration::from_millis(500) {
                return;
            }
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "the window never settled"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The window's named widgets as it last drew them.
    pub fn widgets(&self) -> Vec<Widget> {
        let text = std::fs::read_to_string(&self.map).unwrap_or_default();
        text.lines()
            .filter_map(|line| {
                let fields: Vec<&str> = line.split('\t').collect();
                let number = |i: usize| fields.get(i)?.parse::<f32>().ok();
                Some(Widget {
                    role: (*fields.first()?).to_owned(),
                    name: (*fields.get(1)?).to_owned(),
                    rect: (number(2)?, number(3)?, number(4)?, number(5)?),
                    value: fields.get(6).map(|v| (*v).to_owned()).unwrap_or_default(),
                })
            })
            .collect()
    }

    /// Waits (at most 30 s) until `ready` holds for the widgets shown.
    pub fn wait_for(&self, what: &str, ready: impl Fn(&[Widget]) -> bool) -> Vec<Widget> {
        let start = Instant::now();
        loop {
            let widgets = self.widgets();
            if ready(&widgets) {
                return widgets;
            }
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "waited 30 s for {what}; the window shows: {:?}",
                widgets.iter().map(|w| &w.name).collect::<Vec<_>>()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The widget named `name` with one of `roles`, once it is shown.
    pub fn find(&self, name: &str, roles: &[&str]) -> Widget {
        let matches =
            |w: &Widget| w.name == name && (roles.is_empty() || roles.contains(&w.role.as_str()));
        let widgets = self.wait_for(name, |widgets| widgets.iter().any(matches));
        widgets
            .into_iter()
            .find(matches)
            .unwrap_or_else(|| panic!("{name}"))
    }

    /// Clicks the middle of the widget named `name` with the real pointer.
    pub fn click(&self, name: &str, roles: &[&str]) {
        let (x, y) = self.find(name, roles).centre();
        // Over it first, then the click, as a hand moves.
        self.display.xdotool(&[
            "mousemove",
            "--window",
            &self.window,
            &x.to_string(),
            &y.to_string(),
        ]);
        std::thread::sleep(Duration::from_millis(100));
        // Through XTEST, as real input: events sent to a window are marked
        // synthetic, and programs may (rightly) ignore them.
        self.display.xdotool(&["click", "1"]);
        self.settle();
    }

    /// Clicks the text field named `name`.
    pub fn click_field(&self, name: &str) {
        self.click(name, &["TextInput", "MultilineTextInput"]);
    }

    /// Types `text` one key at a time, 25 ms apart, as a person types.
    pub fn type_text(&self, text: &str) {
        self.display.xdotool(&["type", "--delay", "25", "--", text]);
        self.settle();
    }

    /// Presses a key or a combination ("Return", "ctrl+l").
    pub fn key(&self, keys: &str) {
        self.display.xdotool(&["key", "--delay", "40", keys]);
        self.settle();
    }

    /// Gives the window a moment to draw what it was given.
    fn settle(&self) {
        std::thread::sleep(Duration::from_millis(250));
    }

    /// The value a text field shows now.
    pub fn value_of(&self, name: &str) -> String {
        self.find(name, &["TextInput", "MultilineTextInput"]).value
    }

    /// Waits for the program to end by itself (after Quit).
    pub fn wait_for_exit(mut self) -> std::process::ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.process.try_wait().expect("the process") {
                return status;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "the workbench did not quit"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Workbench<'_> {
    fn drop(&mut self) {
        if matches!(self.process.try_wait(), Ok(None)) {
            let _ = self.process.kill();
        }
        let _ = self.process.wait();
    }
}
