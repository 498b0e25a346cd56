/** Collecting and wording problems with the user's input. */
package org.qunbook.problem;
