//! Finding the host on the room's network by mDNS, so a note-taker types only the short code.
//! The announcement says where the host listens and nothing secret: the short code's SPAKE2
//! is what proves the host is the one on the facilitator's screen.

use std::collections::HashSet;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use mdns_sd::{IfKind, ServiceDaemon, ServiceEvent, ServiceInfo};

use super::NetError;

/// The service type plenary hosts announce.
pub const SERVICE: &str = "_plenary._tcp.local.";

/// Where mDNS runs: the standard port on every interface, or (for tests) another port on
/// the loopback interface only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MdnsScope {
    /// The UDP port (5353 is mDNS's own).
    pub port: u16,
    /// Only 127.0.0.1, never the room's network.
    pub loopback_only: bool,
}

impl Default for MdnsScope {
    fn default() -> MdnsScope {
        MdnsScope {
            port: 5353,
            loopback_only: false,
        }
    }
}

/// The environment variable that puts mDNS on a port of loopback only: for tests, whose
/// announcements and queries must never reach the machine's network.
pub const LOOPBACK_PORT_VAR: &str = "PLENARY_MDNS_LOOPBACK_PORT";

impl MdnsScope {
    /// The room's network, unless [`LOOPBACK_PORT_VAR`] names a loopback port.
    pub fn from_env() -> MdnsScope {
        match std::env::var(LOOPBACK_PORT_VAR)
            .ok()
            .and_then(|p| p.parse().ok())
        {
            Some(port) => MdnsScope {
                port,
                loopback_only: true,
            },
            None => MdnsScope::default(),
        }
    }
}

fn daemon(scope: MdnsScope) -> Result<ServiceDaemon, NetError> {
    let failed = |e: mdns_sd::Error| NetError::Io(format!("mDNS: {e}"));
    let daemon = ServiceDaemon::new_with_port(scope.port).map_err(failed)?;
    if scope.loopback_only {
        daemon.disable_interface(IfKind::All).map_err(failed)?;
        daemon
            .enable_interface(IfKind::LoopbackV4)
            .map_err(failed)?;
    }
    Ok(daemon)
}

/// The host's announcement, made while this value lives.
pub struct Beacon {
    daemon: ServiceDaemon,
    fullname: String,
}

impl Beacon {
    /// Announces a host listening on `port` of every address of this machine, as
    /// `instance` (the record's name, say: shown to nobody but a network's tools).
    pub fn start(instance: &str, port: u16, scope: MdnsScope) -> Result<Beacon, NetError> {
        let daemon = daemon(scope)?;
        let host_name = format!("{}.local.", sanitize(instance));
        let info = ServiceInfo::new(SERVICE, instance, &host_name, (), port, &[("v", "1")][..])
            .map_err(|e| NetError::Io(format!("mDNS: {e}")))?
            .enable_addr_auto();
        let fullname = info.get_fullname().to_owned();
        daemon
            .register(info)
            .map_err(|e| NetError::Io(format!("mDNS: {e}")))?;
        Ok(Beacon { daemon, fullname })
    }
}

impl Drop for Beacon {
    /// Withdraws the announcement, so laptops stop finding a host that is gone.
    fn drop(&mut self) {
        let _ = self.daemon.unregister(&self.fullname);
        let _ = self.daemon.shutdown();
    }
}

/// A host name's label: letters, digits and dashes.
fn sanitize(name: &str) -> String {
    let label: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .take(40)
        .collect();
    if label.trim_matches('-').is_empty() {
        "plenary".to_owned()
    } else {
        label
    }
}

/// The addresses of the plenary hosts announced on the network, waiting at most `within`
/// for the first and a moment more for others; empty if none answered.
pub fn find_hosts(within: Duration, scope: MdnsScope) -> Result<Vec<SocketAddr>, NetError> {
    let daemon = daemon(scope)?;
    let events = daemon
        .browse(SERVICE)
        .map_err(|e| NetError::Io(format!("mDNS: {e}")))?;
    let deadline = Instant::now() + within;
    let mut found: Vec<SocketAddr> = Vec::new();
    let mut seen = HashSet::new();
    let mut until = deadline;
    while let Some(left) = until.checked_duration_since(Instant::now()) {
        match events.recv_timeout(left) {
            Ok(ServiceEvent::ServiceResolved(service)) => {
                for ip in service.get_addresses() {
                    let addr = SocketAddr::new(ip.to_ip_addr(), service.get_port());
                    if (!scope.loopback_only || addr.ip().is_loopback()) && seen.insert(addr) {
                        found.push(addr);
                    }
                }
                // Other hosts answer within the same moment; do not wait the full time.
                until = until.min(Instant::now() + Duration::from_millis(300));
            }
            Ok(_) => {}
            Err(_) => break,
        }
    }
    let _ = daemon.shutdown();
    Ok(found)
}
