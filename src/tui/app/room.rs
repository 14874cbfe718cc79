//! The facilitator's room list (`I`): who has joined, with their role and whether their
//! laptop is connected; choosing one hands them the facilitator's role or takes it back, or
//! revokes their laptop, which can then never write again.

use super::{App, Overlay, Pick, Picker};
use crate::core::record::Id;
use crate::core::room::{Role, WriterId};

/// What choosing an item of the room list does to its writer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Deed {
    /// The facilitator's role to a note-taker, or back to taking notes.
    SwapRole,
    /// The laptop's credential revoked and its link ended.
    Revoke,
}

/// A picker item's id for `deed` on `writer`: the picker keeps ids, the room keeps writers.
fn item(writer: WriterId, deed: Deed) -> Id {
    Id(u64::from(writer.0) * 2 + u64::from(deed == Deed::Revoke))
}

/// The writer and deed an item's id stands for.
fn of_item(id: Id) -> Option<(WriterId, Deed)> {
    let writer = u32::try_from(id.0 / 2).ok()?;
    let deed = if id.0 % 2 == 1 {
        Deed::Revoke
    } else {
        Deed::SwapRole
    };
    Some((WriterId(writer), deed))
}

impl App {
    /// Opens the room list, or says why there is none.
    pub(super) fn open_room(&mut self) {
        let Some(hosting) = self.hosting.as_ref().filter(|h| h.room().is_some()) else {
            self.ui.message = Some(self.labels().label("room-none"));
            return;
        };
        let members = hosting.members(&self.host);
        let l = self.labels();
        if members.is_empty() {
            let join = hosting.join_code().unwrap_or_default();
            self.ui.message = Some(l.label_with("room-nobody", &[("code", join.into())]));
            return;
        }
        let mut items = Vec::new();
        for m in &members {
            let link = l.label(if m.connected {
                "room-connected"
            } else {
                "room-away"
            });
            let id = match m.role {
                Role::NoteTaker => "room-hand-role",
                Role::Facilitator => "room-take-role",
            };
            let swap = l.label_with(
                id,
                &[("name", m.name.as_str().into()), ("link", link.into())],
            );
            items.push((swap, Some(item(m.writer, Deed::SwapRole))));
        }
        for m in &members {
            items.push((
                l.label_with("room-revoke", &[("name", m.name.as_str().into())]),
                Some(item(m.writer, Deed::Revoke)),
            ));
        }
        self.ui.overlay = Some(Overlay::Picker(Picker::new(
            Pick::Room,
            l.label("room-who"),
            items,
        )));
    }

    /// Carries out the room list's choice.
    pub(super) fn chosen_member(&mut self, choice: Option<Id>) {
        let Some((writer, deed)) = choice.and_then(of_item) else {
            return;
        };
        let l = self.labels();
        let Some(room) = self.hosting.as_mut().and_then(|h| h.room_mut()) else {
            return;
        };
        self.ui.message = Some(match deed {
            Deed::SwapRole => {
                let role = match self.host.role(writer) {
                    Role::NoteTaker => Role::Facilitator,
                    Role::Facilitator => Role::NoteTaker,
                };
                room.set_role(&mut self.host, writer, role)
            }
            Deed::Revoke => {
                let name = room.name(writer);
                match room.net().revoke(crate::room_net::WriterId(writer.0)) {
                    Ok(true) => {
                        // A revoked laptop keeps no role it was handed.
                        self.host.set_role(writer, Role::NoteTaker);
                        l.label_with("room-revoked", &[("name", name.into())])
                    }
                    Ok(false) => l.label_with("room-not-in", &[("name", name.into())]),
                    Err(e) => l.label_with(
                        "room-not-revoked",
                        &[("name", name.into()), ("why", e.to_string().into())],
                    ),
                }
            }
        });
    }
}
