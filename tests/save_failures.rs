//! Saving onto a full disk, a read-only disk or into a missing folder fails
//! with a clear message and damages nothing on disk. The disks are small
//! tmpfs mounts; where mounting is not permitted (it needs root or
//! CAP_SYS_ADMIN, which a container may withhold) the tests fail saying so.

#![cfg(target_os = "linux")]

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use monitor_workbench::sample::sample_issue;
use monitor_workbench::store;
use support::{enlarged, small_issue};

/// A tmpfs mounted for one test, unmounted when dropped.
struct Mount {
    dir: tempfile::TempDir,
}

impl Mount {
    /// A tmpfs of `options`; where none can be mounted (it needs root or
    /// CAP_SYS_ADMIN, a privilege of the machine) the test fails saying so:
    /// it did not run, and is not reported as passed.
    fn new(options: &str) -> Option<Self> {
        let dir = tempfile::tempdir().expect("temp dir");
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", options, "tmpfs"])
            .arg(dir.path())
            .status()
            .is_ok_and(|status| status.success());
        assert!(
            mounted,
            "this test mounts a small tmpfs to fill it: run the tests as root (or with \
             CAP_SYS_ADMIN), as .ci/run does; it did not run"
        );
        mounted.then_some(Self { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("list")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    files
}

#[test]
fn a_full_disk_refuses_the_save_and_keeps_the_old_file() {
    let Some(disk) = Mount::new("size=256k") else {
        return;
    };
    let path = disk.path().join("issue.ron");
    let small = small_issue();
    store::save(&path, &small).expect("a small issue fits");
    let large = enlarged(&sample_issue(), 100);
    let error = store::save(&path, &large).expect_err("3 MB do not fit in 256 kB");
    let message = error.to_string();
    assert!(
        message.contains("issue.ron") && message.to_lowercase().contains("no space"),
        "{message}"
    );
    assert_eq!(store::load(&path).expect("the old file is intact"), small);
    assert!(
        files_in(disk.path())
            .iter()
            .all(|f| !f.to_string_lossy().ends_with(".tmp")),
        "no temporary file left: {:?}",
        files_in(disk.path())
    );
}

#[test]
fn a_read_only_disk_refuses_the_save_with_a_clear_message() {
    let Some(disk) = Mount::new("size=1m,ro") else {
        return;
    };
    let path = disk.path().join("issue.ron");
    let error = store::save(&path, &small_issue()).expect_err("read-only");
    let message = error.to_string();
    assert!(
        message.contains("issue.ron") && message.to_lowercase().contains("read-only"),
        "{message}"
    );
}

#[test]
fn the_command_line_reports_a_full_disk_and_a_missing_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let draft = dir.path().join("draft.md");
    std::fs::write(&draft, "## A\n\nText [x](https://efe.com/1).\n").expect("write");
    let run = |out: &Path| {
        Command::new(env!("CARGO_BIN_EXE_monitor-workbench"))
            // The tests read the English messages, whatever the machine's locale.
            .env("LC_ALL", "C.UTF-8")
            .arg("import")
            .arg(&draft)
            .arg("-o")
            .arg(out)
            .output()
            .expect("runs")
    };
    let output = run(&dir.path().join("missing").join("issue.ron"));
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("does not exist"));
    let Some(disk) = Mount::new("size=4k") else {
        return;
    };
    let filler = disk.path().join("filler");
    // Fill the disk so the issue cannot be written.
    let _ = std::fs::write(&filler, vec![0u8; 64 * 1024]);
    let output = run(&disk.path().join("issue.ron"));
    assert_eq!(output.status.code(), Some(2));
    let message = String::from_utf8_lossy(&output.stderr).to_lowercase();
    assert!(
        message.contains("issue.ron") && message.contains("no space"),
        "{message}"
    );
}
