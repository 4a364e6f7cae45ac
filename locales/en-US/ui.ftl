## Messages about the program itself.

# $requested: the language asked for; $using: the one used instead.
i18n-language-unavailable = { $requested } is not available; using { $using }.
