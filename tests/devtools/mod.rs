//! Headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`:
//! it reads commands on fd 3 and writes answers on fd 4, each JSON ended by a NUL), for a page
//! that never finishes loading — an open event stream keeps `--dump-dom` and
//! `--virtual-time-budget` from ever seeing it settle.

use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::os::fd::{FromRawFd, RawFd};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use serde_json::{Value, json};

/// A headless Chromium showing one page.
pub struct Browser {
    child: Child,
    commands: File,
    answers: Receiver<Value>,
    next: u64,
    session: String,
}

/// A pipe's two ends, closed on exec.
fn pipe() -> (RawFd, RawFd) {
    let mut fds = [0; 2];
    // SAFETY: pipe2 writes two descriptors into the array it is given.
    let done = unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) };
    assert_eq!(done, 0, "pipe2: {}", std::io::Error::last_os_error());
    (fds[0], fds[1])
}

impl Browser {
    /// Starts `chromium` with `flags` and opens `url` in a new page.
    pub fn open(chromium: &Path, flags: &[String], url: &str) -> Browser {
        let (their_in, commands) = pipe();
        let (answers, their_out) = pipe();
        let mut command = Command::new(chromium);
        command
            .args(flags)
            .arg("--remote-debugging-pipe")
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // SAFETY: between fork and exec only async-signal-safe calls: fcntl and dup2. The
        // descriptors go to high numbers first so that putting one on 3 cannot close the other.
        unsafe {
            command.pre_exec(move || {
                let input = libc::fcntl(their_in, libc::F_DUPFD, 100);
                let output = libc::fcntl(their_out, libc::F_DUPFD, 100);
                if input < 0 || output < 0 || libc::dup2(input, 3) < 0 || libc::dup2(output, 4) < 0
                {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = command.spawn().expect("start chromium");
        // SAFETY: each descriptor came from pipe2 above and is owned by exactly one File.
        let (commands, answers_file) =
            unsafe { (File::from_raw_fd(commands), File::from_raw_fd(answers)) };
        // SAFETY: the child has its copies; these ends are the parent's to close, once.
        unsafe {
            libc::close(their_in);
            libc::close(their_out);
        }
        let (sender, receiver) = channel();
        std::thread::spawn(move || {
            let mut lines = BufReader::new(answers_file);
            loop {
                let mut message = Vec::new();
                match lines.read_until(0, &mut message) {
                    Ok(0) | Err(_) => break,
                    Ok(_) => {}
                }
                message.pop();
                if let Ok(value) = serde_json::from_slice::<Value>(&message)
                    && sender.send(value).is_err()
                {
                    break;
                }
            }
        });
        let mut browser = Browser {
            child,
            commands,
            answers: receiver,
            next: 0,
            session: String::new(),
        };
        let target = browser.call("Target.createTarget", json!({ "url": url }));
        let target = target["targetId"].clone();
        let attached = browser.call(
            "Target.attachToTarget",
            json!({ "targetId": target, "flatten": true }),
        );
        browser.session = attached["sessionId"]
            .as_str()
            .expect("a session id")
            .to_owned();
        browser
    }

    /// Sends one command (to the page once attached) and waits for its result.
    fn call(&mut self, method: &str, params: Value) -> Value {
        self.next += 1;
        let id = self.next;
        let mut message = json!({ "id": id, "method": method, "params": params });
        if !self.session.is_empty() {
            message["sessionId"] = json!(self.session);
        }
        let mut bytes = serde_json::to_vec(&message).expect("JSON");
        bytes.push(0);
        self.commands.write_all(&bytes).expect("send to chromium");
        loop {
            let answer = self
                .answers
                .recv_timeout(Duration::from_secs(30))
                .unwrap_or_else(|_| panic!("chromium never answered {method}"));
            if answer["id"] == json!(id) {
                assert!(answer["error"].is_null(), "{method}: {answer}");
                return answer["result"].clone();
            }
        }
    }

    /// The text the page shows now.
    pub fn text(&mut self) -> String {
        let result = self.call(
            "Runtime.evaluate",
            json!({ "expression": "document.body ? document.body.innerText : ''", "returnByValue": true }),
        );
        result["result"]["value"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
