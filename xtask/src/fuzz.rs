//! `cargo xtask fuzz [--seconds N]`: runs each cargo-fuzz target (libFuzzer) for N seconds
//! (default 600), seeded with the protocol fixtures, and reports executions and crashes. Needs
//! the nightly toolchain; says so clearly when it is missing.

use std::path::Path;
use std::process::Command;

use crate::command::{cargo, first_line, root, run, Result};

const TARGETS: [&str; 2] = ["parse_response", "parse_request"];

fn nightly_present() -> bool {
    Command::new("rustup")
        .args(["toolchain", "list"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).lines().any(|l| l.starts_with("nightly")))
        .unwrap_or(false)
}

fn seed_corpus(target: &str) -> Result {
    let corpus = root().join("fuzz/corpus").join(target);
    std::fs::create_dir_all(&corpus).map_err(|e| e.to_string())?;
    let fixtures = root().join("crates/protocol/tests/fixtures");
    let wanted = if target == "parse_request" { ".request.xml" } else { ".response.xml" };
    for entry in std::fs::read_dir(&fixtures).map_err(|e| e.to_string())?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(wanted) {
            std::fs::copy(entry.path(), corpus.join(&name)).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

pub fn fuzz(args: &[String]) -> Result {
    let seconds: u64 = match args {
        [] => 600,
        [flag, value] if flag == "--seconds" => value.parse().map_err(|_| "--seconds takes a number")?,
        _ => return Err("usage: cargo xtask fuzz [--seconds N]".into()),
    };
    if !nightly_present() {
        return Err("fuzzing needs the nightly toolchain (`rustup toolchain install nightly`), which is not installed here; nothing was run".into());
    }
    if first_line("cargo", &["fuzz", "--version"]).is_none() {
        run(cargo().args(["install", "--locked", "cargo-fuzz"]))?;
    }
    let fuzz_dir = root().join("fuzz");
    let mut report = String::from("| target | seconds | executions | crashes |\n|---|---:|---:|---:|\n");
    let mut crashed = Vec::new();
    for target in TARGETS {
        seed_corpus(target)?;
        let output = Command::new("cargo")
            .current_dir(&fuzz_dir)
            .args([
                "+nightly",
                "fuzz",
                "run",
                target,
                "--",
                &format!("-max_total_time={seconds}"),
                "-max_len=65536",
            ])
            .arg(format!("-artifact_prefix={}/", fuzz_dir.join("artifacts").join(target).display()))
            .output()
            .map_err(|e| format!("cannot run cargo fuzz: {e}"))?;
        let _ = std::fs::create_dir_all(fuzz_dir.join("artifacts").join(target));
        let log = String::from_utf8_lossy(&output.stderr);
        let executions = log
            .lines()
            .filter_map(|line| line.strip_prefix('#'))
            .filter_map(|rest| rest.split_whitespace().next()?.parse::<u64>().ok())
            .max()
            .unwrap_or(0);
        let crashes = artifacts(&fuzz_dir.join("artifacts").join(target));
        if !output.status.success() || crashes > 0 {
            crashed.push(target);
            eprintln!(
                "{}",
                log.lines()
                    .rev()
                    .take(40)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        }
        report.push_str(&format!("| {target} | {seconds} | {executions} | {crashes} |\n"));
    }
    println!("{report}");
    if crashed.is_empty() {
        Ok(())
    } else {
        Err(format!("crashes in {crashed:?}: inputs are under fuzz/artifacts; add each as a regression test"))
    }
}

fn artifacts(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries.flatten().filter(|e| e.file_name().to_string_lossy().starts_with("crash")).count()
        })
        .unwrap_or(0)
}
