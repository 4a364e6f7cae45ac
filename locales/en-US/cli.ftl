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
cli-play-goal-missing = No goal: the script has no [goal], so nothing shows the procedure worked.

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
## A message whose cause the system reported in English ends with the sentence;
## the program adds that report on a line of its own, marked by cli-error-detail.

# $detail: what the operating system or the network library reported, in English.
cli-error-detail = system message: { $detail }
# $count: how many; $path: the records file.
cli-record-saved = { $count ->
        [one] Training record saved to { $path }.
       *[other] { $count } training records saved to { $path }.
    }
# $path: the records file.
cli-record-not-saved = Could not save the training record to { $path }.
# The result dialog, and stderr after the run: the records file did not take a finished run's record.
cli-record-why-full = the disk is full
cli-record-why-denied = there is no permission to write it
cli-record-why-not-a-file = it is not a regular file
cli-record-why-other = the system could not write it
# $path: the records file; $reason: one of the cli-record-why-… texts; $fallback: the file the record was written to instead.
cli-record-kept-elsewhere = Your training record was NOT saved to { $path }: { $reason }. It is kept in { $fallback } instead; tell your trainer.
# $path: the records file; $reason: one of the cli-record-why-… texts.
cli-record-kept-nowhere = Your training record was NOT saved to { $path }: { $reason }, and it could not be kept anywhere else. Tell your trainer.
# $count: how many; $url: the LRS's statements address.
cli-record-sending = { $count ->
        [one] Sending the training record to { $url }… (Ctrl-C stops; it stays pending)
       *[other] Sending { $count } training records to { $url }… (Ctrl-C stops; they stay pending)
    }
# $count: how many; $path: the records file; $command: the command that sends them.
cli-record-send-stopped = { $count ->
        [one] Stopped sending. The training record stays pending in { $path }; send it later with: { $command }
       *[other] Stopped sending. The { $count } training records stay pending in { $path }; send them later with: { $command }
    }
# $count: how many.
cli-record-send-stopped-unkept = { $count ->
        [one] Stopped sending. The training record was not sent.
       *[other] Stopped sending. The { $count } training records were not sent.
    }
# $count: how many were not sent; $url: the LRS; $error: why (a sentence); $path: the records file; $command: the command that sends them.
cli-record-send-failed = { $count ->
        [one] Could not send the training record to { $url }. { $error } It is kept in { $path }; send it later with: { $command }
       *[other] Could not send { $count } training records to { $url }. { $error } They are kept in { $path }; send them later with: { $command }
    }
# $url: what was given (a user name and password in it shown as ***).
cli-bad-lrs-url = Not an http:// or https:// address of a Learning Record Store: { $url }
# $url: what was given, the user name and password shown as ***.
cli-lrs-credentials-in-url = An LRS address must not hold a user name or password ({ $url }): give them in WALKTHROUGH_LRS_USER and WALKTHROUGH_LRS_PASSWORD instead.
# $url: what was given.
cli-lrs-query-in-url = An LRS address has no query (?…) or fragment (#…): { $url }. Give the xAPI endpoint; statements go to its /statements.
# $value: what was given.
cli-lrs-bad-timeout = WALKTHROUGH_LRS_TIMEOUT must be a whole number of seconds, 1 or more (got { $value }).
# $url: what was given, a user name and password in it shown as ***.
cli-bad-home-page = --home-page (or WALKTHROUGH_HOME_PAGE) must be an http:// or https:// address with no user name or password: { $url }
cli-no-data-dir = There is no data folder for this user: name a records file with --records-file PATH or WALKTHROUGH_RECORDS.
# $path: the records file.
cli-records-unreadable = Cannot read the training records in { $path }.
# $path: the records file.
cli-records-none = No training records in { $path }.
# $path, $line: where.
cli-records-skipped-line = warning: { $path }:{ $line }: skipped, not a training record.
cli-records-col-trainee = Trainee
cli-records-col-scenario = Procedure
cli-records-col-mode = Mode
cli-records-col-language = Language
cli-records-col-score = Score
cli-records-col-duration = Time
cli-records-col-when = When
cli-records-mode-guided = guided
cli-records-mode-exam = exam
# $path: the records file.
cli-records-sync-nothing = Nothing to send: no training record in { $path } is waiting to be sent.
# $count: how many; $url: the LRS.
cli-records-synced = Sent { $count ->
        [one] { $count } training record
       *[other] { $count } training records
    } to { $url }.
# $count: how many; $url: the LRS; $error: why (a sentence); $path: the records file.
cli-records-sync-failed = { $count ->
        [one] { $count } training record could not be sent to { $url }. { $error } It stays pending in { $path }.
       *[other] { $count } training records could not be sent to { $url }. { $error } They stay pending in { $path }.
    }

cli-lrs-unreachable = The LRS did not answer.
# $status: the HTTP status code.
cli-lrs-rejected = The LRS answered with HTTP status { $status }.
# $status: the HTTP status code.
cli-lrs-unauthorized = The LRS refused the credentials (HTTP status { $status }): check WALKTHROUGH_LRS_USER and WALKTHROUGH_LRS_PASSWORD.
# $status: the HTTP status code; $location: where it points.
cli-lrs-redirected = The LRS answered HTTP status { $status }, a redirect to { $location }, which is not followed for a training record: give that address instead.
# $status: the HTTP status code.
cli-lrs-redirected-nowhere = The LRS answered HTTP status { $status }, a redirect without a Location.
# $count: how many; $url: the LRS's statements URL; $error: why (a sentence).
cli-record-lost = { $count ->
        [one] Could not send the training record to { $url }, and it could not be saved either: it is lost. { $error }
       *[other] Could not send { $count } training records to { $url }, and they could not be saved either: they are lost. { $error }
    }
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
# $count: how many; $path: the records file.
cli-records-sync-missing-kept = { $count ->
        [one] warning: { $count } pending training record is not among the lines of { $path } that could be read; as some lines were skipped, it stays pending.
       *[other] warning: { $count } pending training records are not among the lines of { $path } that could be read; as some lines were skipped, they stay pending.
    }
# $path: the list of pending records.
cli-records-pending-not-written = Could not update the list of pending training records, { $path }: the records sent stay listed, and a later sync sends them again (the LRS keeps one copy of each).

# $path: a file named on the command line; $kind: what it is instead of a file.
cli-not-a-file = Cannot read { $path }: it is { $kind ->
        [directory] a folder
        [fifo] a FIFO (named pipe)
        [socket] a socket
        [device] a device
       *[other] a special file
    }, not a regular file.

# $path: the records file. Said before the run starts; why follows on a line of its own.
cli-records-unwritable = Cannot write training records to { $path }.
# Why a records file that is a folder, FIFO or device cannot be used.
cli-records-not-a-file = not a regular file

## walkthrough play --plain

# The page a step starts on; $screen: its title.
cli-play-on = On: { $screen }
# An action on one row of a list; $action: the action as above; $row: the app password's name.
cli-action-in-row = { $action } in the row “{ $row }”

## Training records, what an LRS answered and what the records file holds.
# $count: how many redirects were followed; $location: where the last pointed.
cli-lrs-too-many-redirects = The LRS went on redirecting after { $count } redirects were followed (the last to { $location }): give the address that takes the statements.
cli-lrs-conflict = The LRS answered HTTP status 409 (Conflict): it already holds a different statement with the same id. The record is not stored; ask the LRS's administrator.
# $status: the HTTP status; $type: the answer's content type; $start: its first bytes, control characters escaped.
cli-lrs-not-stored = The answer (HTTP status { $status }, { $type }) is not an LRS's: it does not name the statement as stored. It began: { $start }
cli-lrs-empty-answer = (nothing)
cli-lrs-no-content-type = no content type
# $count: how many; $url: where the LRS took them; $from: the address they were sent to.
cli-records-synced-redirected = Sent { $count ->
        [one] { $count } training record
       *[other] { $count } training records
    } to { $url } (the LRS redirected { $from } there; give that address next time).
# $path: the records file; $id: the statement id; $first: the line kept; $lines: the other lines; $count: how many other lines.
cli-records-repeated-id = warning: { $path }: the statement { $id } is on line { $first } and again on { $count ->
        [one] line
       *[other] lines
    } { $lines }; it is listed once, as on line { $first }.
# $path: the records file named.
cli-records-file-missing = The records file { $path } does not exist. Check --records-file (or WALKTHROUGH_RECORDS); a guided run or an exam creates it.
cli-trainee-blank = --trainee needs a name, not only spaces.
# $reason: what the LRS answered (a sentence); $url: where a redirect led, which answered.
cli-lrs-answer-after-redirect = { $reason } (That was the answer of { $url }, where the LRS redirected the record.)
# Errors whose cause the operating system reported (cli-error-detail follows on its own line). $path: the file or folder.
cli-cannot-read-path = Cannot read { $path }.
cli-cannot-write-path = Cannot write { $path }.
cli-terminal-failed = The terminal could not be used.
cli-output-failed = Could not write the output.
# Why a record was not saved (after cli-record-why-other): another program held the records file locked for 5 seconds, or the program was stopped while it waited.
cli-record-why-locked = another program kept it locked
# $path: the records file named with --records-file; $kind: what it is instead of a file. Said before the run starts.
cli-records-special-file = Cannot write training records to { $path }: it is { $kind ->
        [directory] a folder
        [fifo] a FIFO (named pipe)
        [socket] a socket
        [device] a device
       *[other] a special file
    }, not a regular file.
# $path: a folder named with $flag (--scenarios, --locales or --portals) that does not exist.
cli-folder-missing = The folder { $path } given with { $flag } does not exist.
# On the last line of the screen while a finished run's record waits for a records file another program holds locked (at most 5 seconds).
cli-record-waiting = Saving your training record: another program has the records file locked. Waiting up to 5 seconds…

## A --locales folder whose fallback language lacks shipped messages.
# $folder: the --locales folder; $language: its fallback language (en-US);
# $count, $total: numbers; $example: one missing message id.
cli-note-locales-missing = note: { $language } in { $folder } has no message for { $count } of the program's { $total } messages (for example { $example }); they show as [message-id]. Copy the shipped locales/{ $language } folder and change it.

## play, when the scenario's step texts are not in the language negotiated.
# $lang: the language the step texts are in.
cli-play-in-texts-language = note: this procedure's step texts are in { $lang } only; shown in { $lang } (--lang chooses).
