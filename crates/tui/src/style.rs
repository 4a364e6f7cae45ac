//! Colours, effects and the target's marker. Everything that matters also
//! shows without colour: focus is reverse video, the target has `▶ ◀`.

use cursive::style::{
    BaseColor, BorderStyle, Color, ColorStyle, Effect, Palette, PaletteColor, Style,
};
use cursive::theme::Theme;

/// Drawn before the element the trainee should act on.
pub const MARK_START: &str = "▶";
/// Drawn after the element the trainee should act on.
pub const MARK_END: &str = "◀";
/// Drawn before the selected entry of a navigation.
pub const SELECTED: &str = "┃";
/// One character of a masked field.
pub const BULLET: &str = "•";

/// How the terminal shows colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Colors {
    /// The 16 base colours every terminal has.
    #[default]
    Sixteen,
    /// No colour at all (`NO_COLOR`): effects only.
    Monochrome,
}

impl Colors {
    /// `Monochrome` when `NO_COLOR` is set to anything but the empty string.
    pub fn from_env() -> Colors {
        match std::env::var_os("NO_COLOR") {
            Some(v) if !v.is_empty() => Colors::Monochrome,
            _ => Colors::Sixteen,
        }
    }
}

/// The theme: the terminal's own background and text, base colours on top.
pub(crate) fn theme(colors: Colors) -> Theme {
    let mut theme = Theme::terminal_default();
    theme.shadow = false;
    theme.borders = BorderStyle::Simple;
    if colors == Colors::Sixteen {
        let p: &mut Palette = &mut theme.palette;
        p[PaletteColor::Secondary] = Color::Light(BaseColor::Black);
        p[PaletteColor::Tertiary] = Color::Light(BaseColor::Blue);
        p[PaletteColor::TitlePrimary] = Color::Light(BaseColor::Blue);
        p[PaletteColor::TitleSecondary] = Color::Dark(BaseColor::Yellow);
        p[PaletteColor::Highlight] = Color::Dark(BaseColor::Blue);
        p[PaletteColor::HighlightInactive] = Color::Dark(BaseColor::Cyan);
        p[PaletteColor::HighlightText] = Color::Light(BaseColor::White);
    }
    theme
}

/// The styles the portal and the guide use, per colour mode.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Styles {
    /// The element to act on: a highlighter pen, or bold and underlined.
    pub target: Style,
    /// A link.
    pub link: Style,
    /// A heading.
    pub heading: Style,
    /// A refusal the portal shows, and a wrong turn in the guide.
    pub error: Style,
    /// Quiet text: explanations, disabled elements, the keys line.
    pub quiet: Style,
    /// A selected tab or navigation entry.
    pub selected: Style,
    /// Good news: a step done, the goal met.
    pub good: Style,
}

impl Styles {
    /// The styles for a colour mode.
    pub fn new(colors: Colors) -> Styles {
        let bold = Style::from(Effect::Bold);
        match colors {
            Colors::Sixteen => Styles {
                target: Style::from(ColorStyle::new(
                    Color::Dark(BaseColor::Black),
                    Color::Light(BaseColor::Yellow),
                ))
                .combine(Effect::Bold),
                link: Style::from(ColorStyle::front(Color::Light(BaseColor::Blue)))
                    .combine(Effect::Underline),
                heading: bold,
                error: Style::from(ColorStyle::front(Color::Light(BaseColor::Red)))
                    .combine(Effect::Bold),
                quiet: Style::from(ColorStyle::front(Color::Light(BaseColor::Black))),
                selected: bold.combine(Effect::Underline),
                good: Style::from(ColorStyle::front(Color::Dark(BaseColor::Green)))
                    .combine(Effect::Bold),
            },
            Colors::Monochrome => Styles {
                target: bold.combine(Effect::Underline),
                link: Style::from(Effect::Underline),
                heading: bold,
                error: bold,
                quiet: Style::none(),
                selected: bold.combine(Effect::Underline),
                good: bold,
            },
        }
    }
}
