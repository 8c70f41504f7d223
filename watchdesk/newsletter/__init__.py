"""The newsletter: subscription by signed links, composing briefs into mail, sending over SMTP."""
