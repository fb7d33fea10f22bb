//! The desktop's light or dark preference, where winit cannot tell it.
//!
//! On Linux winit 0.30 reports no system theme (X11 has none; Wayland's
//! decorations do not say), so "Follow the system" would always be light.
//! The desktop says it through the XDG Desktop Portal's Settings
//! (`org.freedesktop.appearance color-scheme`: 0 no preference, 1 dark,
//! 2 light), which GNOME, KDE and others answer. It is read on a thread of
//! its own at start and again whenever the window regains the focus (after
//! the user changed it in the system settings), over the D-Bus connection
//! zbus already gives AccessKit; without a session bus or a portal nothing
//! is known and the theme stays light.

use std::sync::mpsc::{Receiver, Sender, channel};

/// The portal's `color-scheme` value as a theme; `None`: no preference.
pub fn scheme(value: u32) -> Option<egui::Theme> {
    match value {
        1 => Some(egui::Theme::Dark),
        2 => Some(egui::Theme::Light),
        _ => None,
    }
}

/// Asks the portal on a thread, and keeps the last answer.
pub struct SystemTheme {
    ask: Option<Sender<()>>,
    answers: Option<Receiver<Option<egui::Theme>>>,
    /// What the desktop said last (`None`: nothing, or no preference).
    pub known: Option<egui::Theme>,
}

impl SystemTheme {
    /// Starts the reader and asks once.
    pub fn start(ctx: &egui::Context) -> Self {
        let (ask, asked) = channel::<()>();
        let (answer, answers) = channel();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("system theme".to_owned())
            .spawn(move || {
                while asked.recv().is_ok() {
                    let theme = read();
                    if answer.send(theme).is_err() {
                        return;
                    }
                    ctx.request_repaint();
                }
            });
        let reader = Self {
            ask: spawned.is_ok().then_some(ask),
            answers: Some(answers),
            known: None,
        };
        reader.refresh();
        reader
    }

    /// Asks again (the window regained the focus).
    pub fn refresh(&self) {
        if let Some(ask) = &self.ask {
            let _ = ask.send(());
        }
    }

    /// Takes the answers that arrived; the latest counts.
    pub fn update(&mut self) -> Option<egui::Theme> {
        if let Some(answers) = &self.answers {
            for theme in answers.try_iter() {
                self.known = theme;
            }
        }
        self.known
    }
}

#[cfg(target_os = "linux")]
fn read() -> Option<egui::Theme> {
    use zbus::zvariant::{OwnedValue, Value};
    async_io::block_on(async {
        let connection = zbus::Connection::session().await.ok()?;
        let ask = |method: &'static str| {
            let connection = connection.clone();
            async move {
                let reply = connection
                    .call_method(
                        Some("org.freedesktop.portal.Desktop"),
                        "/org/freedesktop/portal/desktop",
                        Some("org.freedesktop.portal.Settings"),
                        method,
                        &("org.freedesktop.appearance", "color-scheme"),
                    )
                    .await
                    .ok()?;
                reply.body().deserialize::<OwnedValue>().ok()
            }
        };
        // ReadOne (portal version 2) answers the value; the older Read
        // wraps it in one more variant.
        let value = match ask("ReadOne").await {
            Some(value) => value,
            None => ask("Read").await?,
        };
        let number = match &*value {
            Value::U32(number) => *number,
            Value::Value(inner) => match &**inner {
                Value::U32(number) => *number,
                _ => return None,
            },
            _ => return None,
        };
        scheme(number)
    })
}

#[cfg(not(target_os = "linux"))]
fn read() -> Option<egui::Theme> {
    // winit reports the theme on Windows and macOS.
    None
}

#[cfg(test)]
mod tests {
    use super::scheme;

    #[test]
    fn the_portal_s_values_are_read_as_its_specification_says() {
        assert_eq!(scheme(0), None);
        assert_eq!(scheme(1), Some(egui::Theme::Dark));
        assert_eq!(scheme(2), Some(egui::Theme::Light));
        assert_eq!(scheme(7), None);
    }
}
