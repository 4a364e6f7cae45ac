## walkthrough check: findings about written steps.

check-no-findings = No findings.
# $n: step number; $id: step id.
check-step-heading = Step { $n } ({ $id })
check-scenario-heading = The whole procedure
check-error = error
check-warning = warning
# $fix: what to change.
check-fix = fix: { $fix }
# $errors, $warnings: counts.
check-summary = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}

## One message and one fix per kind of finding.

check-target-not-on-screen = The step acts on “{ $label }” ({ $element }), which is not on the screen when the step begins ({ $screen }).
check-target-not-on-screen-fix = { $click ->
    [none] Reorder the steps so that “{ $label }” is on screen when this step begins.
   *[other] Click “{ $click }” first: add it to this step or to the step before.
}
check-script-refused = The portal refuses the step: { $refusal }
check-script-refused-fix = Correct the values the script types (fixture or params).
check-ambiguous-target = “{ $label }” is the label of two controls on this screen ({ $element } and { $other }).
check-ambiguous-target-fix = Give the two controls different labels, or say which one is meant.
check-unexpected-screen = After this step the screen is { $actual }, not { $expected } as the script expects.
check-unexpected-screen-fix = Correct the step's actions or its `expect`.
check-goal-not-met = The procedure does not reach its goal: { $condition } does not hold at the end.
check-goal-not-met-fix = Add the missing steps, or correct the goal.
check-missing-message = The message { $id } is missing in { $locale }.
check-missing-message-fix = Add { $id } to the { $locale } locale files.
check-quote-not-a-label = The text quotes “{ $quote }”, which is not the label of anything this step acts on.
check-quote-not-a-label-fix = { $nearest ->
    [none] Quote the label exactly as the screen shows it.
   *[other] Quote the label as the screen shows it: “{ $nearest }”.
}
# $label, $element: the control; $first: yes when it comes before a control the text names.
check-unmentioned-action = { $first ->
    [yes] The step needs “{ $label }” first, which the text never mentions.
   *[no] The step also needs a click on “{ $label }”, which the text never mentions.
}
check-unmentioned-action-fix = Add “select { $label }” to the step.
# $field: the field's label; $submit: its form's button, or none.
check-unmentioned-input = The step needs “{ $field }” filled in{ $submit ->
    [none] {""}
   *[other] {" "}and “{ $submit }”
} first, which the text never mentions.
check-unmentioned-input-fix = Add the left-out step: enter “{ $field }”{ $submit ->
    [none] {""}
   *[other] , then select “{ $submit }”
}.
check-location-mismatch = The text says “{ $claimed }”, but “{ $label }” is at “{ $actual }”.
check-location-mismatch-fix = Say “{ $actual }” instead of “{ $claimed }”.
check-names-later-target = The text names “{ $quote }”, the target of step { $later }: that instruction is given twice.
check-names-later-target-fix = Leave “{ $label }” to step { $later }.
check-changes-nothing = The step changes nothing on the screen.
check-changes-nothing-fix = Merge it into the step before, as a note.
check-repeats-step = The step gives step { $step }'s instruction again, and does nothing.
check-repeats-step-fix = Remove it, or merge it into step { $step }.
# $reason: why the importer could not work out the step.
check-unresolved-step = The step script marks this step UNRESOLVED: { $reason }
check-unresolved-step-fix = Write the step's actions by hand from the product, then remove the UNRESOLVED comment.
check-stray-characters = The text contains stray characters: “{ $snippet }”.
check-stray-characters-fix = Remove “{ $snippet }”.
check-locales-disagree = This text quotes { $quotes }, but the { $other } text quotes { $other_quotes }.
check-locales-disagree-fix = Quote the same controls in every language.

## Locations, as written steps name them.

location-top-left = top left
location-top-right = top right
location-top = top
location-left = left
location-right = right
location-bottom = bottom
location-main = main area
location-dialog = dialog
location-taskbar = taskbar

## Words articles use for a label's words, read when looking for the label a
## quote means (not shown): `article's word = the product's`, separated by |.
check-words-equivalent = new = create | add = create | options = settings | extra = additional | verify = verification
# $locales: the languages checked, comma-separated.
check-locales-from-folders = Checked in { $locales }: the languages of the step texts beside the scripts (ask for another with --lang).

# $words: the text's own words for a control it names without quotes;
# $nearest: the product's label they most likely mean, or none.
check-name-not-a-label = { $nearest ->
    [none] The text asks to act on “{ $words }”, which the product does not have.
   *[other] The text asks to act on “{ $words }”, but the product's label is “{ $nearest }”.
}
check-name-not-a-label-fix = { $nearest ->
    [none] Name a control the product has, with the label the screen shows.
   *[other] Name it as the screen shows it: “{ $nearest }”.
}
