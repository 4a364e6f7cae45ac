## walkthrough play: each step as the engine performs it.

# $n: step number; $total: number of steps; $text: the step's written text.
cli-play-step = Step { $n } of { $total }: { $text }
cli-play-no-action = (nothing to do: this step only describes what appears)
# $screen: the title of the view the step ended on.
cli-play-now-on = → { $screen }
# $screen: the view the step ended on; $expected: the view the script expected.
cli-play-unexpected-screen = → { $screen } (the script expected { $expected })
# $n: step number; $error: what went wrong.
cli-play-stopped = Stopped at step { $n }: { $error }
cli-play-goal-met = Goal reached.
cli-play-goal-not-met = Goal NOT reached.

## Actions, as `play` describes them. $label: the element's label.

cli-action-click = click “{ $label }”
# $text: what is typed (masked fields show bullets).
cli-action-type = type “{ $text }” into “{ $label }”
cli-action-clear = clear “{ $label }”
cli-action-copy = copy “{ $label }”
cli-action-paste = paste into “{ $label }”
cli-action-submit = press Enter in “{ $label }”
cli-action-back = go back

## walkthrough run and the start menu.

cli-needs-terminal = walkthrough run and the start menu need a terminal. For plain text, use: walkthrough play SCENARIO
