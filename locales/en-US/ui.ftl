## Messages about the program itself, for the command line and the terminal UI.

# $requested: the language asked for; $using: the one used instead.
i18n-language-unavailable = { $requested } is not available; using { $using }.
# $requested: what was given to --lang.
i18n-bad-language = `{ $requested }` is not a language tag; expected something like en-US or ja-JP
