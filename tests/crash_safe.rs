//! Saving survives a crash at any moment: a child process saves a growing
//! issue in a loop and is killed with SIGKILL at random (seeded) moments;
//! after every kill the file is one whole version, old or new, and the
//! backup is a whole earlier version.

#![cfg(unix)]

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use monitor_workbench::model::{Entry, EntryId, Issue, Section, SectionId};
use monitor_workbench::store;

const CHILD: &str = "MONITOR_WORKBENCH_CRASH_CHILD";

/// Version `n` of the growing issue: its title names `n`, it has `n` entries.
fn version(n: u32) -> Issue {
    let mut section = Section::new(SectionId(1), "Growing");
    section.entries = (1..=n)
        .map(|i| {
            Entry::new(
                EntryId(i),
                format!(
                    "Entry {i} of version {n}: Añez, São Paulo — {}",
                    "texto ".repeat(20)
                ),
            )
        })
        .collect();
    Issue {
        title: format!("version {n}"),
        sections: vec![section],
        ..Issue::default()
    }
}

fn version_number(issue: &Issue) -> u32 {
    issue
        .title
        .strip_prefix("version ")
        .and_then(|n| n.parse().ok())
        .expect("a version title")
}

/// The child: saves versions 1, 2, 3, … to the file named by the variable, forever.
#[test]
fn crash_child_save_loop() {
    let Ok(path) = std::env::var(CHILD) else {
        return;
    };
    let path = Path::new(&path);
    let start = store::load(path)
        .map(|issue| version_number(&issue))
        .unwrap_or(0);
    for n in start + 1.. {
        store::save(path, &version(n)).expect("save");
    }
}

#[test]
fn a_killed_save_leaves_a_whole_file_and_a_whole_backup() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("issue.ron");
    let backup = dir.path().join("issue.ron.bak");
    store::save(&path, &version(0)).expect("first version");
    let mut rng = fastrand::Rng::with_seed(20261128);
    let test_binary = std::env::current_exe().expect("the test binary");
    let mut last = 0;
    for kill in 0..200 {
        let mut child = Command::new(&test_binary)
            .args([
                "--exact",
                "crash_child_save_loop",
                "--nocapture",
                "--test-threads",
                "1",
            ])
            .env(CHILD, &path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the child starts");
        std::thread::sleep(Duration::from_micros(rng.u64(2_000..30_000)));
        child.kill().expect("SIGKILL");
        child.wait().expect("reaped");
        let issue = store::load(&path)
            .unwrap_or_else(|e| panic!("kill {kill}: the file does not load: {e}"));
        let n = version_number(&issue);
        assert_eq!(issue, version(n), "kill {kill}: version {n} is not whole");
        assert!(n >= last, "kill {kill}: went back from {last} to {n}");
        // Killed before its first save finished (a busy machine starts the
        // child slowly): no backup yet, and the file is still the first version.
        if !backup.exists() {
            assert_eq!(n, 0, "kill {kill}: version {n} saved without a backup");
            continue;
        }
        let old = store::load(&backup)
            .unwrap_or_else(|e| panic!("kill {kill}: the backup does not load: {e}"));
        let b = version_number(&old);
        assert_eq!(
            old,
            version(b),
            "kill {kill}: backup version {b} is not whole"
        );
        assert!(b <= n, "kill {kill}: backup {b} newer than file {n}");
        last = n;
    }
    assert!(
        last > 20,
        "the child saved too little to prove anything ({last} versions)"
    );
    // What the kills interrupted is left behind, young; once it is older
    // than any write takes, the next save in the folder removes it.
    let temporaries = || -> Vec<std::path::PathBuf> {
        std::fs::read_dir(dir.path())
            .expect("list")
            .filter_map(|entry| entry.ok())
            .map(|entry| entry.path())
            .filter(|path| path.to_string_lossy().ends_with(".tmp"))
            .collect()
    };
    let left = temporaries();
    let an_hour_ago = std::time::SystemTime::now() - Duration::from_secs(3600);
    for path in &left {
        if let Ok(file) = std::fs::File::options().write(true).open(path) {
            let _ = file.set_modified(an_hour_ago);
        }
    }
    store::save(&path, &version(last + 1)).expect("one more save");
    assert_eq!(
        temporaries(),
        Vec::<std::path::PathBuf>::new(),
        "{} interrupted writes left, none swept",
        left.len()
    );
}
