"""Send a reminder for every task that is due."""

import mailer
from clock import now


def send_due(tasks, retries=1):
    """Email the owner of every task due at or before now(); return the
    titles sent, in order.

    A send that raises ConnectionError is tried again, up to `retries`
    more times; after that the error propagates.
    """
    current = now()
    sent = []
    for task in tasks:
        if task["due"] > current:
            continue
        for attempt in range(retries + 1):
            try:
                mailer.send(
                    task["owner"],
                    "Reminder: " + task["title"],
                    urgent=task.get("urgent", False),
                )
                break
            except ConnectionError:
                if attempt == retries:
                    raise
        sent.append(task["title"])
    return sent
