## walkthrough import: draft scenarios from a written procedure article.

## The words articles in this language use, read by the importer (not shown).
## Separate alternatives with |. Longer phrases win over shorter ones.

import-words-top-right = upper-right | upper right | top-right | top right | top right-hand
import-words-top-left = upper-left | upper left | top-left | top left
import-words-top = at the top | top of | top of the page | near the top | top bar | header
import-words-left = on the left | left side | left-hand | left pane | left-hand side | left navigation | left menu | navigation pane | navigation menu | nav pane
import-words-right = on the right | right side | right-hand | right pane | right-hand side | right column
import-words-bottom = at the bottom | bottom of | lower-left | lower left | lower-right | lower right | bottom-left | bottom left | bottom-right | bottom right | footer
import-words-dialog = dialog | dialog box | pop-up | popup
import-words-taskbar = taskbar | task bar
# Phrases with a location word that are not locations.
import-words-not-location = right-click | right click | left-click | left click | right away | right now | all right
# Asking to do something.
import-words-act = select | click | choose | pick | press | tap | hit | open | go to | navigate to | switch to
import-words-type = enter | type | fill in | give | name it | name the
import-words-paste = paste
import-words-copy = copy
# Saying what appears, without asking to do anything.
import-words-describe = appears | is displayed | opens | pops up | is shown | you see | you will see | you'll see | you are now | you're now | will come up | comes up | will take you | takes you | you will get | you'll get | asks whether | will open | will be displayed | will be shown | you'll be shown | you will be shown | is listed | will be generated | is generated | will be created | is created
import-icon-suite-settings = gear | gear icon | cog | cog icon | settings gear | settings icon | gear-shaped icon | widget | settings widget
import-words-filler = the | a | an | your | on | then | and | to | icon | button | link | tab | menu | option | entry | widget
import-words-sign-in = sign in | sign into | sign-in | signin | log in | log into | log-in | login | log on | log-on | logon
# Words before a label that make it a place, not something to act on.
import-words-place-before = sign in to | sign in to the | sign in to your | sign into your | log in to your | log into your | log on to your | sign into | sign into the | log in to | log in to the | log into | log into the | log on to | under | under the | underneath | below | below the | beneath | above | above the | next to | next to the | beside | beside the | alongside
# Words before a label that make it a place when a place noun follows it ("in the … list").
import-words-place-in = in | in the | on | on the | from | from the | within | within the | is in the | is in
import-words-place-noun = list | column | page | section | heading | screen | window | pane | area | table
# Words right after a label that make it a place or a condition.
import-words-place-after = is listed | appears in | portal | account

## What import prints.

# $lang: a language tag; $how: how it was chosen.
import-language = Article language: { $lang } ({ $how ->
    [flag] from --lang
    [tag] from the article's ms.locale
    [script] from the article's script
    [script-not-flag] from the article's script; --lang names only the language of the messages
    [labels] the language of the portal labels it names
   *[default] the default language
})
# $n: the procedure's position in the article; $title: its heading; $id: the draft's id.
import-procedure = Procedure { $n }: { $title } → { $id }
# $steps: number of steps; $resolved: how many were resolved.
import-procedure-summary = { $steps ->
    [one] 1 step
   *[other] { $steps } steps
}, { $resolved } resolved
# $n: step number; $reason: why it could not be resolved.
import-step-unresolved = step { $n }: UNRESOLVED: { $reason }
# $n: step number; $note: what the importer did.
import-step-note = step { $n }: { $note }
# $line: a line of the article.
import-empty-step = line { $line }: a numbered item with no text, left out
# $n: the procedure's position; $title: its heading; $explained, $steps: steps the portal explains, of all; $not_found: the labels it quotes that the portal does not have.
import-elsewhere = Procedure { $n } ({ $title }) does not describe the modelled portal: it explains { $explained } of { $steps } steps, and the portal has nothing called { $not_found }. No draft written.
import-elsewhere-unexplained = Procedure { $n } ({ $title }) does not describe the modelled portal: it explains only { $explained } of { $steps } steps. No draft written.
# $n: the procedure's position; $title: its heading.
import-skipped = Procedure { $n } ({ $title }) names nothing in the portal: no draft written.
# $path: a file written.
import-wrote = wrote { $path }
import-check-heading = The drafts, checked against the portal (walkthrough check):
# $dir: the folder the drafts are in.
import-next = Review each draft (search for UNRESOLVED), write the hints, then try them: walkthrough --lang { $lang } --scenarios { $dir } run { $id }

## What the importer did, as TOML comments and printed notes. Labels are in the article's language.

import-note-sign-in-added = signs in first: the text does not say so, but nothing else can be reached before
# $labels: the labels clicked.
import-note-route = clicks { $labels } first, which the text does not mention: the portal needs it to reach the target
# $labels: the labels clicked; $next: the step that needs them.
import-note-for-next = also clicks { $labels }, which step { $next } needs to reach its target
# $label: the button.
import-note-submit = also clicks “{ $label }” to send what was filled in
# $label: the field.
import-note-field = types into “{ $label }”, the only field on the screen: the text names no field
# $label: the field.
import-note-paste = pastes into “{ $label }”, the field nearest to this screen: the text names no field
# $labels: the clicks that open the field; $label: the field.
import-note-paste-opened = clicks { $labels } and pastes into “{ $label }”, the field nearest to this screen: the text names no field
# $quote: what the text quotes; $label: the label it is read as.
import-note-near-quote = the text quotes “{ $quote }”; read as the label “{ $label }”
import-note-typed = types “{ $value }” into “{ $label }”: the name in [params]
import-note-named-otherwise = the text names “{ $name }”; the product's label is “{ $label }”
import-note-named-absent = the text names “{ $name }”, which the portal does not have
# $claimed, $actual: locations; $label: the target.
import-note-location = the text says “{ $claimed }”, but “{ $label }” is at “{ $actual }”
# $label: a label the text names; $next: the later step.
import-note-left-to-next = the text also names “{ $label }”, left to step { $next }, which names it too
# $name: an app password's name.
import-note-row = acts on the row of “{ $name }”, the app password named in [params]
import-note-describes = describes what appears: nothing to do
# $step: the earlier step.
import-note-repeats = gives step { $step }'s instruction again, which is done already: a step to read, nothing clicked twice
# $labels: the field typed into and the button clicked.
import-note-left-out = needs { $labels } first (a name typed, the form sent), which the text never mentions: added
import-back = Back

## Why a step could not be resolved.

# $screen: the title of the screen.
import-unresolved-nothing = the text names nothing on or near the screen “{ $screen }”
# $label: the label; $elements: the elements it could be.
import-unresolved-ambiguous = “{ $label }” could be any of { $elements }
# $label: the label; $screen: the title of the screen.
import-unresolved-unreachable = “{ $label }” cannot be reached from the screen “{ $screen }”
# $label: the label; $refusal: what the portal says.
import-unresolved-refused = the portal refuses “{ $label }”: { $refusal }
import-unresolved-paste = the text asks to paste, but no single field is near
import-unresolved-nothing-copied = the text asks to paste, but nothing has been copied yet
# $question: what the portal asks; $answer: the button that confirms.
import-unresolved-unconfirmed = the portal then asks “{ $question }” and needs “{ $answer }”, which the text never says: the procedure ends unfinished, its goal not reached
import-unresolved-no-goal = the procedure changes nothing a goal can check: write its [goal] by hand
import-unresolved-absent = the portal has nothing called “{ $label }”, which the text names as a step of the way

## The draft files.

# $file: the article; $n: the procedure's position; $title: its heading.
import-toml-header = Draft written by walkthrough import from { $file }, procedure { $n }: { $title }
import-toml-review = Review every step against the product; UNRESOLVED marks a step to finish by hand.
# $path: the step texts' file.
import-toml-texts = Step texts and hints: { $path }
import-toml-goal = What the portal showed at the end of the draft's own run.
import-toml-goal-unreached = What the procedure sets out to do, which the draft's own run does not reach (see the UNRESOLVED step).
# $n: the step the run stopped at.
import-toml-no-goal = No goal: the draft's run stopped at step { $n }.
# $file: the article.
import-ftl-header = The article's words as written (imported from { $file }): each step's text is the article's own.
import-ftl-hints = Write each .hint: the correct instruction, shown to a trainee who asks.
import-ftl-task = The one-line task shown in exam mode: rewrite it as an instruction.
import-hint-placeholder = TODO: write the correct instruction for this step.

## Errors (exit code 2).

# $path: the file; $error: the system's reason.
import-error-read = cannot read { $path }: { $error }
# $path: the file.
import-error-binary = { $path } is not a text article: it holds binary data, or text that is not UTF-8.
# $path: the file.
import-error-empty = { $path } is empty.
# $path: the path.
import-error-not-a-file = { $path } is not a regular file (a folder, a pipe or a device): give the article's file.
# $path: the file; $line: where; $size: its size; $limit: the limit.
import-error-too-large = { $path }:{ $line }:1: the article is { $size } bytes; import reads articles of at most { $limit } bytes (1 MiB).
import-error-step-too-long = { $path }:{ $line }:1: this step is { $size } characters long; a step may have at most { $limit }. Is a list item missing its end, or is this not a procedure article?
import-error-heading-too-long = { $path }:{ $line }:1: this heading is { $size } characters long; a heading may have at most { $limit }.
import-error-too-many-steps = { $path }:{ $line }:1: the article has { $size } numbered steps; import reads at most { $limit }. Split it into several articles.
# $path: the file.
import-error-no-steps = { $path } has no numbered steps: write each procedure's steps under a heading, as a numbered list (1. …) or as <ol><li>…</li></ol>.
# $path: the file; $lang: the language read.
import-error-not-a-procedure = { $path } has numbered steps, but none of them names anything in the Office 365 portal ({ $lang }): it is not a procedure walkthrough can simulate.
# $lang: the language asked for or found; $available: the languages there are.
import-error-unknown-language = walkthrough has no portal labels in { $lang }, the article's language. Available: { $available }. Choose one with --lang.
# $path: the file or folder; $error: the system's reason.
import-error-write = cannot write { $path }: { $error }
# $path: the file.
import-error-exists = { $path } exists already: choose another --out folder, or add --force to overwrite it.
# $error: what went wrong.
import-error-draft = the draft could not be made: { $error }

## Versions: which product model a procedure describes (`import --portal`,
## `check --portal`).

# $model: a model's id; $explained, $steps: numbers.
versions-count = { $model }: { $explained } of { $steps } steps
# $n: the procedure's number; $title: its heading; $models: the ids it describes;
# $counts: each model's versions-count.
versions-describes = Procedure { $n } ({ $title }) describes { $models } ({ $counts })
versions-describes-alike = Procedure { $n } ({ $title }) describes { $models } alike ({ $counts })
versions-describes-none = Procedure { $n } ({ $title }) does not describe any of the models ({ $counts })
# $step: the step's number; $model: a model's id; $labels: quoted labels.
versions-step-first = step { $step }: in { $model }, { $labels } comes first
versions-step-direct = step { $step }: in { $model }, nothing comes before it ({ $labels } is not there)
versions-step-absent = step { $step }: in { $model }, there is nothing called { $labels }
versions-step-left-out = step { $step }: in { $model }, the step needs { $labels } filled in or sent first, which the text never mentions
# $reason: why the step cannot be followed there.
versions-step-misses = step { $step }: in { $model }, { $reason }
# $id: what --portal named; $near: the nearest model id; $known: every model id.
versions-unknown-model = There is no product model “{ $id }”. Models: { $known }
versions-unknown-model-near = There is no product model “{ $id }” (did you mean “{ $near }”?). Models: { $known }

# $labels: the labels clicked; $from, $to: the steps before whose route could not be followed.
import-note-route-instead = clicks { $labels } first, the portal's way to the target, instead of the route steps { $from }–{ $to } give, which the portal does not have

## Words that join one more control to the verb before it ("select the gear, then
## Office 365 settings"), separated by |; not shown.
import-words-and-then = then | and then | and | followed by
# $labels: the labels clicked; $step: the step before, whose route could not be followed.
import-note-route-instead-one = clicks { $labels } first, the portal's way to the target, instead of the route step { $step } gives, which the portal does not have

# A step that names a screen the portal is past already ("Sign in …" when
# signed in): read as the screen reached, nothing done for it.
import-note-already-there = names “{ $label }”, which is done already (the portal is past it): nothing done for it

# A procedure that carries on from an earlier one (its first step follows
# only from where that one ends).
import-note-carries-on = carries on from procedure { $procedure } (“{ $title }”): its { $steps ->
    [one] step comes
   *[other] { $steps } steps come
} first in this draft, so that it runs alone

# A control the step names that the plan leaves undone, because the steps
# after it follow only without it.
import-note-left-undone = the text also names “{ $label }”, left undone: the steps after follow only without it

## Words right before a verb that make it say what for, not what to do
## ("click View account to open your settings"), separated by |; not shown.
import-words-purpose = to | in order to | so as to
