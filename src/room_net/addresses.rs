//! The addresses to put in the join code: where a laptop in the room can reach the host.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

/// Where laptops can reach a host bound to `bound`: that address, or, bound to every
/// interface (`0.0.0.0`, `[::]`), each interface's address that is up, IPv4 first (what
/// phones' hotspots hand out), loopback only when there is nothing else.
pub fn reachable_addrs(bound: SocketAddr) -> Vec<SocketAddr> {
    if !bound.ip().is_unspecified() {
        return vec![bound];
    }
    let interfaces: Vec<Interface> = if_addrs::get_if_addrs()
        .unwrap_or_default()
        .iter()
        .filter(|i| i.is_oper_up())
        .map(|i| Interface {
            ip: i.ip(),
            loopback: i.is_loopback(),
            link_local: i.is_link_local(),
        })
        .collect();
    choose(bound, &interfaces)
}

/// What [`choose`] needs to know of an interface's address.
struct Interface {
    ip: IpAddr,
    loopback: bool,
    /// Link-local IPv6 needs the interface's scope, which a pasted code cannot carry.
    link_local: bool,
}

fn choose(bound: SocketAddr, interfaces: &[Interface]) -> Vec<SocketAddr> {
    let port = bound.port();
    let wanted = |ip: &IpAddr| bound.is_ipv6() || ip.is_ipv4();
    let mut addrs: Vec<IpAddr> = interfaces
        .iter()
        .filter(|i| !i.loopback && !i.link_local && wanted(&i.ip))
        .map(|i| i.ip)
        .collect();
    addrs.sort_by_key(|ip| (ip.is_ipv6(), *ip));
    addrs.dedup();
    if addrs.is_empty() {
        addrs.push(IpAddr::V4(Ipv4Addr::LOCALHOST));
    }
    addrs
        .into_iter()
        .map(|ip| SocketAddr::new(ip, port))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn interface(ip: &str, loopback: bool, link_local: bool) -> Interface {
        Interface {
            ip: ip.parse().expect("ip"),
            loopback,
            link_local,
        }
    }

    #[test]
    fn every_interface_gives_its_routable_addresses_ipv4_first() {
        let interfaces = [
            interface("127.0.0.1", true, false),
            interface("fd00::5", false, false),
            interface("fe80::1", false, true),
            interface("192.168.1.5", false, false),
            interface("10.0.0.2", false, false),
        ];
        let all_v4 = choose("0.0.0.0:7878".parse().expect("addr"), &interfaces);
        assert_eq!(
            all_v4,
            ["10.0.0.2:7878", "192.168.1.5:7878"].map(|a| a.parse::<SocketAddr>().expect("addr"))
        );
        let all = choose("[::]:7878".parse().expect("addr"), &interfaces);
        assert_eq!(all.last(), Some(&"[fd00::5]:7878".parse().expect("addr")));
        assert_eq!(all.len(), 3);
    }

    #[test]
    fn a_bound_address_is_itself_and_no_network_is_loopback() {
        let bound: SocketAddr = "192.168.1.5:7000".parse().expect("addr");
        assert_eq!(reachable_addrs(bound), [bound]);
        let alone = choose(
            "0.0.0.0:7878".parse().expect("addr"),
            &[interface("127.0.0.1", true, false)],
        );
        assert_eq!(
            alone,
            ["127.0.0.1:7878".parse::<SocketAddr>().expect("addr")]
        );
    }
}
