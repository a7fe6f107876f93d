//! The audit log's one writer: a thread that owns the file (or standard output) and writes the
//! lines handlers queue. A reader that stops reading, a full disk or a file that was moved away
//! stalls or fails this thread only; handlers wait for it only for a change, and only briefly.

use std::fs::{File, OpenOptions, Permissions};
use std::io::Write;
use std::os::fd::AsFd;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use tokio::sync::{mpsc, oneshot};

/// Lines waiting for the writer.
const QUEUE_LINES: usize = 1024;
/// How long a change waits for room in the queue, and then for its line to be written.
const CHANGE_WAIT: Duration = Duration::from_secs(2);
/// The mode of the log file: the owner writes, its group (the log readers) reads.
const FILE_MODE: u32 = 0o640;

#[derive(Debug, thiserror::Error)]
#[error("cannot open the audit log {path}: {source}")]
pub struct AuditError {
    path: String,
    source: std::io::Error,
}

/// Why a line was not written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuditUnavailable {
    #[error("the audit log's queue is full (is its reader stalled?)")]
    QueueFull,
    #[error("the audit log did not confirm the line in time (is its reader stalled?)")]
    TooSlow,
    #[error("the audit log has stopped")]
    Stopped,
    #[error("the audit log cannot be written: {0}")]
    Write(String),
}

enum Job {
    Line { text: String, written: Option<oneshot::Sender<Result<(), AuditUnavailable>>> },
    Reopen(oneshot::Sender<Result<(), String>>),
}

/// Where audit lines go: the handle handlers hold; the writer thread owns the file.
pub struct AuditLog {
    jobs: mpsc::Sender<Job>,
}

/// What the writer writes to.
enum Sink {
    Stdout(File),
    File { path: PathBuf, file: Option<File> },
}

/// Opens the log file without following a symbolic link, and no wider than [`FILE_MODE`].
fn open_file(path: &Path) -> Result<File, AuditError> {
    let error = |source| AuditError { path: path.display().to_string(), source };
    let file = OpenOptions::new()
        .create(true)
        .append(true)
        .mode(FILE_MODE)
        .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC)
        .open(path)
        .map_err(error)?;
    let metadata = file.metadata().map_err(error)?;
    let mode = metadata.mode() & 0o7777;
    // A pipe or a device (a log shipper's FIFO) keeps its mode; a file is made no wider.
    if metadata.is_file() && mode & !FILE_MODE != 0 {
        file.set_permissions(Permissions::from_mode(mode & FILE_MODE)).map_err(error)?;
    }
    Ok(file)
}

impl Sink {
    fn write(&mut self, line: &str) -> Result<(), String> {
        match self {
            Sink::Stdout(out) => out.write_all(line.as_bytes()).map_err(|error| error.to_string()),
            Sink::File { path, file } => {
                let Some(open) = file.as_mut() else {
                    return Err(format!(
                        "{} could not be reopened: send SIGHUP once it can be",
                        path.display()
                    ));
                };
                // Lines go to the file at its path, not to one rotated away or deleted.
                let here = std::fs::symlink_metadata(&*path)
                    .map_err(|error| format!("{}: {error}", path.display()))?;
                let ours = open.metadata().map_err(|error| error.to_string())?;
                if (here.dev(), here.ino()) != (ours.dev(), ours.ino()) {
                    return Err(format!("{} was moved or deleted: send SIGHUP to reopen it", path.display()));
                }
                open.write_all(line.as_bytes()).map_err(|error| format!("{}: {error}", path.display()))
            }
        }
    }

    /// Log rotation: the file at the path, opened again. When that fails nothing is written
    /// until a reopen succeeds (never to a file that was rotated away).
    fn reopen(&mut self) -> Result<(), String> {
        let Sink::File { path, file } = self else { return Ok(()) };
        match open_file(path) {
            Ok(fresh) => {
                *file = Some(fresh);
                Ok(())
            }
            Err(error) => {
                *file = None;
                Err(error.to_string())
            }
        }
    }
}

fn writer(mut sink: Sink, mut jobs: mpsc::Receiver<Job>) {
    while let Some(job) = jobs.blocking_recv() {
        match job {
            Job::Line { text, written } => {
                let result = sink.write(&text).map_err(AuditUnavailable::Write);
                if let Err(error) = &result {
                    tracing::error!("audit log: a line was not written: {error}");
                }
                if let Some(written) = written {
                    let _ = written.send(result);
                }
            }
            Job::Reopen(done) => {
                let _ = done.send(sink.reopen());
            }
        }
    }
}

impl AuditLog {
    /// `-` is standard output. The file is opened now (an error stops the start).
    pub fn open(target: &Path) -> Result<Self, AuditError> {
        let sink = if target == Path::new("-") {
            // Its own handle on fd 1: no lock shared with anything else printed to stdout.
            let out = std::io::stdout()
                .as_fd()
                .try_clone_to_owned()
                .map_err(|source| AuditError { path: "standard output".into(), source })?;
            Sink::Stdout(File::from(out))
        } else {
            Sink::File { path: target.to_owned(), file: Some(open_file(target)?) }
        };
        let (jobs, queue) = mpsc::channel(QUEUE_LINES);
        std::thread::Builder::new()
            .name("audit-log".into())
            .spawn(move || writer(sink, queue))
            .map_err(|source| AuditError { path: target.display().to_string(), source })?;
        Ok(AuditLog { jobs })
    }

    /// Writes the line before a change and waits until it is written: `Err` means the change
    /// must not be made.
    pub async fn record_before_change(&self, mut line: String) -> Result<(), AuditUnavailable> {
        line.push('\n');
        let (written, confirmation) = oneshot::channel();
        let job = Job::Line { text: line, written: Some(written) };
        match tokio::time::timeout(CHANGE_WAIT, self.jobs.send(job)).await {
            Err(_) => return Err(AuditUnavailable::QueueFull),
            Ok(Err(_)) => return Err(AuditUnavailable::Stopped),
            Ok(Ok(())) => {}
        }
        match tokio::time::timeout(CHANGE_WAIT, confirmation).await {
            Err(_) => Err(AuditUnavailable::TooSlow),
            Ok(Err(_)) => Err(AuditUnavailable::Stopped),
            Ok(Ok(result)) => result,
        }
    }

    /// Queues a line without waiting for the writer; `Err` when the queue is full.
    pub fn record(&self, mut line: String) -> Result<(), AuditUnavailable> {
        line.push('\n');
        self.jobs.try_send(Job::Line { text: line, written: None }).map_err(|error| match error {
            mpsc::error::TrySendError::Full(_) => AuditUnavailable::QueueFull,
            mpsc::error::TrySendError::Closed(_) => AuditUnavailable::Stopped,
        })
    }

    /// Opens the file again (log rotation). On failure nothing more is written (and every
    /// change refused) until a reopen succeeds.
    pub async fn reopen(&self) -> Result<(), String> {
        let (done, result) = oneshot::channel();
        if self.jobs.send(Job::Reopen(done)).await.is_err() {
            return Err("the audit log has stopped".into());
        }
        result.await.unwrap_or_else(|_| Err("the audit log has stopped".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("pkp-audit-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[tokio::test]
    async fn lines_are_written_and_a_moved_file_refuses_changes_until_reopened() {
        let dir = folder("moved");
        let path = dir.join("audit.log");
        let log = AuditLog::open(&path).unwrap();
        log.record_before_change("one".into()).await.unwrap();
        std::fs::rename(&path, dir.join("audit.log.1")).unwrap();
        let refused = log.record_before_change("two".into()).await;
        assert!(
            matches!(refused, Err(AuditUnavailable::Write(ref text)) if text.contains("moved")),
            "{refused:?}"
        );
        log.reopen().await.unwrap();
        log.record_before_change("three".into()).await.unwrap();
        assert_eq!(std::fs::read_to_string(dir.join("audit.log.1")).unwrap(), "one\n");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "three\n");
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[tokio::test]
    async fn a_failed_reopen_writes_nothing_until_one_succeeds() {
        let dir = folder("reopen");
        let path = dir.join("audit.log");
        let log = AuditLog::open(&path).unwrap();
        std::fs::remove_file(&path).unwrap();
        std::os::unix::fs::symlink("/dev/null", &path).unwrap();
        assert!(log.reopen().await.is_err(), "a symlink is not followed");
        assert!(log.record_before_change("lost".into()).await.is_err());
        std::fs::remove_file(&path).unwrap();
        log.reopen().await.unwrap();
        log.record_before_change("kept".into()).await.unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "kept\n");
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_loose_mode_is_tightened_and_a_symlink_refused() {
        let dir = folder("mode");
        let path = dir.join("audit.log");
        std::fs::write(&path, "").unwrap();
        std::fs::set_permissions(&path, Permissions::from_mode(0o666)).unwrap();
        drop(open_file(&path).unwrap());
        assert_eq!(std::fs::metadata(&path).unwrap().mode() & 0o777, 0o640);
        let link = dir.join("link.log");
        std::os::unix::fs::symlink(&path, &link).unwrap();
        assert!(open_file(&link).is_err());
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[tokio::test]
    async fn a_full_disk_refuses_the_change() {
        let log = AuditLog::open(Path::new("/dev/full")).unwrap();
        let refused = log.record_before_change("create".into()).await;
        assert!(matches!(refused, Err(AuditUnavailable::Write(_))), "{refused:?}");
    }
}
