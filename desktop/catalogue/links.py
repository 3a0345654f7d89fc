"""The app's own link schemes inside case pages: attachments, links to other cases, adapting one."""

ATTACHMENT_SCHEME = "leaps-attachment"
CASE_SCHEME = "leaps-case"
ADAPT_SCHEME = "leaps-adapt"
TRANSLATION_SCHEME = "leaps-translation"
