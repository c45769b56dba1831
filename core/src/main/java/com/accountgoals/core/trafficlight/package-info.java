/**
 * The traffic light ("Ampel"): an overall colour for an account or a goal plus the factors that
 * speak for us (green), against us (red) or could go either way (amber).
 *
 * <p>{@link com.accountgoals.core.trafficlight.TrafficLight} is the value, {@link
 * com.accountgoals.core.trafficlight.TrafficLightCodec} its stored text form and {@link
 * com.accountgoals.core.trafficlight.TrafficLightInput} turns what a user typed into a value or a
 * translatable error, never a partial value.
 */
package com.accountgoals.core.trafficlight;
