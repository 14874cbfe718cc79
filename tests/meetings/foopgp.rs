//! The foopgp extraordinary general assembly of 22 October 2023 (docs/meetings/06), in
//! French, replayed from its procès-verbal: four resolutions, the first three counted per
//! member and the fourth in voting tokens.

use plenary::core::record::{Record, ResolutionStatus};

use super::replay::{How, Replay, agenda};

/// The agenda of the assembly as held.
pub const AGENDA: &str = include_str!("../../agendas/foopgp-age-2023.ron");

/// The four resolutions, each in its session, with the counts as written (for, against,
/// abstain).
pub const RESOLUTIONS: [(&str, &str, &str); 4] = [
    ("statuts", "Les statuts modifiés sont adoptés.", "7 0 1"),
    (
        "reglement",
        "Le nouveau règlement intérieur est adopté.",
        "7 0 1",
    ),
    (
        "jetons",
        "La distribution rétroactive des jetons de pouvoir est adoptée : les 8 membres ayant \
         payé 16 € reçoivent 4 jetons (4 voix) chacun, les 3 membres ayant payé 512 € 9 jetons \
         (9 voix) chacun (articles 3, 4 et 8 du règlement intérieur).",
        "7 0 1",
    ),
    (
        "ca",
        "Laurent CEARD rejoint le conseil d'administration. Voix comptées en jetons de pouvoir.",
        "43 0 4",
    ),
];

/// The assembly, from its opening to its close.
pub fn replay() -> Record {
    let mut r = Replay::new(agenda("foopgp-age-2023.ron", AGENDA));
    for (session, text, vote) in RESOLUTIONS {
        r.start(session);
        if session == "statuts" {
            r.line("Séance ouverte à 15h20.");
            r.line(
                "Membres actifs présents ou représentés : 8 (dont Elodie R et Pascal ANDRÉ, \
                 représentés par Jean-Jacques BRUCKER). Absents : 4 (Alain BAYLE, secrétaire ; \
                 SF, trésorier ; « do » ; P ROUX).",
            );
            r.line("Un membre présent a dû partir au moment des votes.");
        }
        r.resolve(text, ResolutionStatus::Adopted, How::Vote(vote));
        r.end();
    }
    r.session(
        "discussions",
        &[
            "Évolutions futures du règlement intérieur.",
            "Des formations payantes au profit de l'association.",
            "Améliorer la communication (plaquette, …).",
            "Séance clôturée à 16h30.",
        ],
    );
    r.record
}
