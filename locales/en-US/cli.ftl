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
# $limit: the seconds given.
cli-time-limit-needs-exam = --time-limit is for exams: add --mode exam (got --time-limit { $limit }).
# $flag: an option such as --trainee; $command: the subcommand it was given before.
cli-option-after-command = { $flag } before a command is for the start menu; give it after the command: walkthrough { $command } … { $flag }
# $flag: an option such as --trainee; $command: the subcommand.
cli-option-not-for-command = { $flag } is for the start menu and walkthrough run, not for walkthrough { $command }.

## Training records (xAPI statements): run, the start menu, walkthrough records.

# $path: the records file.
cli-record-saved = Training record saved to { $path }.
# $path: the records file; $error: why it failed.
cli-record-not-saved = Could not save the training record to { $path }: { $error }
# $url: the Learning Record Store's statements URL.
cli-record-sent = Training record sent to { $url }.
# $url: the LRS; $error: why; $path: the records file; $endpoint: the URL as given.
cli-record-send-failed = Could not send the training record to { $url } ({ $error }). It is kept in { $path }; send it later with: walkthrough records --sync { $endpoint }
# $url: what was given.
cli-bad-lrs-url = Not an http:// or https:// address of a Learning Record Store: { $url }
cli-no-data-dir = There is no data folder for this user: name a records file with --records-file PATH or WALKTHROUGH_RECORDS.
# $path: the records file; $error: why it cannot be read.
cli-records-unreadable = Cannot read the training records in { $path }: { $error }
# $path: the records file.
cli-records-none = No training records in { $path }.
# $path, $line: where; $reason: what is wrong with the line.
cli-records-skipped-line = warning: { $path }:{ $line }: skipped, not a training record ({ $reason })
cli-records-col-trainee = Trainee
cli-records-col-scenario = Procedure
cli-records-col-mode = Mode
cli-records-col-language = Language
cli-records-col-score = Score
cli-records-col-duration = Time
cli-records-col-when = When
cli-records-mode-guided = guided
cli-records-mode-exam = exam
cli-records-sync-nothing = Nothing to send: every training record has been sent.
# $count: how many; $url: the LRS.
cli-records-synced = Sent { $count ->
        [one] { $count } training record
       *[other] { $count } training records
    } to { $url }.
# $count: how many; $url: the LRS; $error: why.
cli-records-sync-failed = { $count ->
        [one] { $count } training record could not be sent to { $url } ({ $error }). It stays pending.
       *[other] { $count } training records could not be sent to { $url } ({ $error }). They stay pending.
    }

# $reason: what the connection reported.
cli-lrs-unreachable = no answer: { $reason }
# $status: the HTTP status code.
cli-lrs-rejected = it answered with HTTP status { $status }
# $url: the LRS's statements URL; $error: why.
cli-record-lost = Could not send the training record to { $url } ({ $error }), and it could not be saved either: it is lost.
cli-records-col-result = Result
cli-records-result-completed = completed
cli-records-result-passed = passed
cli-records-result-failed = failed
cli-records-result-attempted = attempted
# $count: how many; $path: the records file.
cli-records-sync-missing = { $count ->
        [one] warning: { $count } pending training record is not in { $path } and cannot be sent; it is no longer listed as pending.
       *[other] warning: { $count } pending training records are not in { $path } and cannot be sent; they are no longer listed as pending.
    }

## walkthrough play --plain

# The page a step starts on; $screen: its title.
cli-play-on = On: { $screen }
# An action on one row of a list; $action: the action as above; $row: the app password's name.
cli-action-in-row = { $action } in the row “{ $row }”
