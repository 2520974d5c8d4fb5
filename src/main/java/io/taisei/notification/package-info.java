/**
 * Notifications: reminders, escalations and alerts that other modules address to users (by role, mail address or
 * user name), shown in the app and mailed when a mail server is configured.
 */
package io.taisei.notification;
