//! Exports: the record turned into text for people and other tools. Pure functions of
//! `&Record`; writing files happens at the edge, in the CLI.

pub mod outline;
