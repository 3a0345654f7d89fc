"""The app's own link schemes inside case pages: attachments and links to other cases."""

ATTACHMENT_SCHEME = "leaps-attachment"
CASE_SCHEME = "leaps-case"
