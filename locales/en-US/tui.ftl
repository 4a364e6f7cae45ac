# The terminal front end's own words (crates/tui): the guide panel, keys,
# menus, the start menu, the completion screen and the too-small note.

## Guide panel

# The guide panel's title: the procedure, and the mode it runs in.
tui-guide-title = { $title } · { $mode }
tui-step-of = Step { $n } of { $count }
tui-all-done = All { $count } steps done
tui-mode-guided-badge = Guided
tui-mode-demo-badge = Demo
tui-mode-exam-badge = Exam
tui-keys-guided = Tab/Shift+Tab move (taskbar too) · Enter select · Ctrl+C/V copy/paste · Alt+← back · F1 hint · F2 language · Esc menu
tui-keys-read = F3 continue · F1 hint · F2 language · Esc menu · q quit
tui-keys-demo = Space pause · → next · F2 language · Esc menu · q quit
tui-keys-demo-over = Enter close · F2 language · Esc menu · q quit
tui-keys-done = ←→ choose · Enter select
# Within a key's entry, no-break spaces: a long line wraps between entries only.
tui-keys-exam = Tab/Shift+Tab move (taskbar too) · Enter select · Ctrl+C/V copy/paste · Alt+← back · F1 hint (costs points) · F2 language · F4 hand in · Esc menu

## Exam: only the task, then the result

# The heading above the task in an exam.
tui-exam-task = Your task
# $minutes, $seconds (two digits): the time left before the exam ends.
tui-exam-time-left = Time left: { $minutes }:{ $seconds }
tui-exam-result-title = Exam result
# $scenario: the procedure's title.
tui-exam-summary = Exam: “{ $scenario }”
tui-exam-passed = Passed: the goal holds.
tui-exam-failed = Not passed: the goal does not hold.
tui-exam-time-up = Time is up: the goal does not hold.
# $score: 0 to 100.
tui-exam-score = Score: { $score } / 100

## Notes under the step text

tui-note-hint = Hint: { $hint }
tui-note-no-hint = No hint for this step: act on the element marked ▶ ◀.
tui-note-read = Read this step, then press F3 to go on.
tui-note-way-back-create-again = The app password can’t be shown again: create another one the same way (Create, the same name, Next), then copy it.
tui-note-ctrl-c = Ctrl+C copies the selected field or password here. To quit, press Esc and choose Quit (or q outside a text field).
tui-note-step-done = Done. On to the next step.
tui-note-wrong = That is not this step, and the portal did it anyway: you are now at “{ $screen }”.
tui-note-wrong-here = That is not this step.
tui-note-refused = The portal refused: { $message }
tui-note-way-back-click = The way back: select { $label } (marked ▶ ◀).
tui-note-way-back-back = The way back: press Alt+← to go back.
tui-note-wrong-with-way-back = { $wrong } { $way-back }
tui-note-back-on-track = Back on track: go on with this step.
tui-note-skipped = Step skipped: the walkthrough did it for you.
tui-note-restarted = Started again from the first step.
tui-note-language = Language: { $language }
tui-note-demo-paused = Paused: press Space to go on, → for the next action.
tui-note-demo-running = The walkthrough performs each step by itself.
tui-note-demo-finished = Finished: the goal holds.

## The language, as its speakers call it

tui-language-name = English (US)

## Esc menu and quit question

tui-menu-title = Menu
tui-menu-continue = Continue
tui-menu-restart = Start again
tui-menu-skip = Skip this step
tui-menu-hand-in = Hand in the exam
tui-menu-language = Change language
tui-menu-quit = Quit
tui-language-title = Language
tui-quit-title = Quit
tui-quit-question = Quit the walkthrough?
tui-yes = Yes
tui-no = No

## Completion screen

tui-done-title = Well done
tui-done-summary = You have finished “{ $scenario }”.
tui-done-time = Time: { $minutes } min { $seconds } s
tui-done-wrong = Wrong actions: { $count }
tui-done-hints = Hints used: { $count }
tui-done-skipped = Steps skipped: { $count }
tui-done-goal-met = The goal holds: the portal is in the state the procedure promises.
tui-done-goal-not-met = The goal does not hold yet: the portal is not in the state the procedure promises.
tui-done-again = Start again
tui-done-menu = Back to the menu
tui-done-quit = Quit

## Start menu

tui-start-title = walkthrough
tui-start-intro = Rehearse a documented procedure in a simulated Office 365 portal.
tui-start-scenario = Procedure
tui-start-mode = Mode
tui-start-language = Language
tui-mode-guided = Guided: you operate the portal; the guide shows each step
tui-mode-exam = Exam: only the task is shown; any way to the goal passes
tui-mode-demo = Demo: watch the steps performed by themselves
tui-start-begin = Start
tui-start-quit = Quit

## Too small

tui-too-small = The terminal is too small. The walkthrough needs at least { $min-width }×{ $min-height }: please enlarge the window (q quits).

## Sign-in details

# The training account's sign-in details, shown at the sign-in step and on an exam's task card.
# $account: the user id; $password: the training account's password (not a secret).
tui-sign-in-details = Training account: { $account } · Password: { $password }

## What is wrong when the goal does not hold (completion screen and exam result)

# One line of what is wrong; $problem: one of the tui-goal-* lines below.
tui-goal-problem = • { $problem }
# $name: an app password's name.
tui-goal-missing = There is no app password named “{ $name }”.
tui-goal-still-there = The app password “{ $name }” is still there.
tui-goal-deleted-other = The app password “{ $name }” was deleted, and the procedure did not ask for that.
tui-goal-created-other = An app password named “{ $name }” was created, and the procedure did not ask for that.
tui-goal-mail-not-connected = The mail app is not connected.
tui-goal-mail-connected = The mail app is still connected.
tui-goal-mail-not-connected-with = The mail app is not connected with the app password “{ $name }”.
# $other: the name of the app password the mail app is connected with instead.
tui-goal-mail-connected-with-other = The mail app is connected with “{ $other }”, not with “{ $name }”.
tui-goal-mail-accepts = The mail app still connects with the password of “{ $name }”.
tui-done-title-not-met = Finished, but the goal does not hold
tui-note-demo-finished-not-met = Finished: the goal does not hold.

## When Skip cannot do a step, or the step cannot be done at all

# $message: the portal's own words for why it refused (the account is locked, …).
tui-note-skip-refused = The walkthrough cannot do this step for you: { $message } Choose Start again in the Esc menu to begin afresh, or wait.
tui-note-skip-impossible = The walkthrough cannot do this step for you from here: what it needs is not in this portal. Choose Start again in the Esc menu, or Quit.
tui-note-unreachable = What this step needs is not on any page you can reach from here (in this portal, it may not be there at all). Choose Start again or Quit in the Esc menu.
# $other: the name the app password was given instead.
tui-goal-missing-named-other = There is no app password named “{ $name }”; the one created is named “{ $other }”.
tui-done-title-side-effects = Finished, with a change the procedure did not ask for

## Language list

# The current language in the language list; $language: its name in itself.
tui-language-current = { $language } (current)

## Signed out in the middle of a procedure

tui-note-way-back-sign-in = You are signed out. The way back: sign in again with the training account shown here, then go on with this step.
tui-note-way-back-sign-in-unshown = You are signed out. The way back: sign in again, then go on with this step.

## The start menu's line above the procedures of one product model: the
## product (and version) they run against.
# $model: the model's name.
tui-start-scenario-model = Product: { $model }
