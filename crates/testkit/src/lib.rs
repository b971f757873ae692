//! Test support shared by parley's crates.
//!
//! Tests that need something this machine may lack (`../shared`, python3,
//! `mkfifo`, `setpriv`) pass without checking anything when it is missing.
//! libtest hides a passing test's output, so such a pass would look like a
//! real one: [`skip`] makes it visible. It prints the reason (seen with
//! `--nocapture`) and, when `PARLEY_SKIPPED_LOG` names a file, appends a line
//! `test name<TAB>reason` to it; `.ci/run` sets the variable and prints the
//! lines as a summary after the tests.

use std::io::Write;

/// The environment variable naming the file skipped tests are listed in.
pub const SKIPPED_LOG: &str = "PARLEY_SKIPPED_LOG";

/// Records that the running test skipped its check, and why.
///
/// Call it just before returning early from the test.
pub fn skip(reason: impl std::fmt::Display) {
    let thread = std::thread::current();
    let test = thread.name().unwrap_or("(unnamed test)");
    eprintln!("skipped: {reason}");
    let Some(path) = std::env::var_os(SKIPPED_LOG) else {
        return;
    };
    // One write of one line: lines from parallel tests do not interleave.
    let line = format!("{test}\t{reason}\n");
    let written = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .and_then(|mut f| f.write_all(line.as_bytes()));
    if let Err(e) = written {
        eprintln!("cannot note the skip in {}: {e}", path.to_string_lossy());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A skip appends the test's name and the reason to the log.
    #[test]
    fn a_skip_is_logged_with_the_test_name() {
        let dir = std::env::temp_dir().join(format!("parley-testkit-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let log = dir.join("skipped.tsv");
        // Set in this test binary's process only (no other test here reads
        // it) and put back afterwards.
        let before = std::env::var_os(SKIPPED_LOG);
        std::env::set_var(SKIPPED_LOG, &log);
        skip("no python3");
        skip(format_args!("{} not found", "x.txt"));
        match before {
            Some(v) => std::env::set_var(SKIPPED_LOG, v),
            None => std::env::remove_var(SKIPPED_LOG),
        }
        let text = std::fs::read_to_string(&log).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(
            text,
            "tests::a_skip_is_logged_with_the_test_name\tno python3\n\
             tests::a_skip_is_logged_with_the_test_name\tx.txt not found\n"
        );
    }
}
