/**
 * Children's feedback on the services they were referred to: one-time feedback codes, the public feedback page, answers
 * kept without any link to the child, aggregates for the service and the referring organisations, and the contact
 * requests of children who asked to be called back. Referrals themselves and the directory do not belong here.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "audit", "identity", "cases", "referrals", "directory"})
package org.protego.feedback;
