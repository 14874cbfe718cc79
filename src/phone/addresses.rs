//! This machine's addresses, for the URL a phone opens when the server listens on every
//! interface: the room's network reaches the host by one of them.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// The addresses of the interfaces that are up, of the family asked for, loopback last; just
/// the loopback address when none can be read.
pub(super) fn interface_addresses(ipv4: bool) -> Vec<IpAddr> {
    let mut found = read_interfaces()
        .into_iter()
        .filter(|ip| ip.is_ipv4() == ipv4)
        .filter(|ip| !matches!(ip, IpAddr::V6(v6) if is_link_local(v6)))
        .collect::<Vec<_>>();
    found.sort_by_key(IpAddr::is_loopback);
    found.dedup();
    if found.is_empty() {
        found.push(if ipv4 {
            IpAddr::V4(Ipv4Addr::LOCALHOST)
        } else {
            IpAddr::V6(Ipv6Addr::LOCALHOST)
        });
    }
    found
}

/// fe80::/10: reachable only with a zone index, which a URL on a phone cannot carry.
fn is_link_local(ip: &Ipv6Addr) -> bool {
    ip.segments()[0] & 0xffc0 == 0xfe80
}

#[cfg(unix)]
fn read_interfaces() -> Vec<IpAddr> {
    let mut list: *mut libc::ifaddrs = std::ptr::null_mut();
    // SAFETY: getifaddrs fills `list` with a linked list it allocates, freed below.
    if unsafe { libc::getifaddrs(&raw mut list) } != 0 {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut next = list;
    while !next.is_null() {
        // SAFETY: `next` is a node of the list getifaddrs returned, not yet freed.
        let node = unsafe { &*next };
        let up = node.ifa_flags & (libc::IFF_UP as libc::c_uint) != 0;
        if up && !node.ifa_addr.is_null() {
            // SAFETY: a non-null ifa_addr points to a sockaddr whose family says its shape.
            if let Some(ip) = unsafe { ip_of(node.ifa_addr) } {
                found.push(ip);
            }
        }
        next = node.ifa_next;
    }
    // SAFETY: `list` came from getifaddrs and is freed once.
    unsafe { libc::freeifaddrs(list) };
    found
}

/// The address in a sockaddr of family AF_INET or AF_INET6.
///
/// # Safety
/// `addr` points to a valid sockaddr of the size its family gives.
#[cfg(unix)]
unsafe fn ip_of(addr: *const libc::sockaddr) -> Option<IpAddr> {
    // SAFETY: the caller promises a valid sockaddr; the casts follow its family.
    unsafe {
        match i32::from((*addr).sa_family) {
            libc::AF_INET => {
                let v4 = &*addr.cast::<libc::sockaddr_in>();
                Some(IpAddr::V4(Ipv4Addr::from(u32::from_be(v4.sin_addr.s_addr))))
            }
            libc::AF_INET6 => {
                let v6 = &*addr.cast::<libc::sockaddr_in6>();
                Some(IpAddr::V6(Ipv6Addr::from(v6.sin6_addr.s6_addr)))
            }
            _ => None,
        }
    }
}

#[cfg(not(unix))]
fn read_interfaces() -> Vec<IpAddr> {
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_loopback_address_is_among_them_and_last() {
        let found = interface_addresses(true);
        assert!(found.iter().all(IpAddr::is_ipv4));
        assert_eq!(found.last(), Some(&IpAddr::V4(Ipv4Addr::LOCALHOST)));
    }
}
