/**
 * The {@code pid} controller: a PID regulator of green splits in incremental (velocity) form,
 * as recommended for signal control by analogy with ALINEA (Papageorgiou et al. 1991, TRR
 * 1320:58-64), PI-ALINEA (Wang et al. 2014, IEEE T-ITS 15(5)) and PI perimeter control
 * (Keyvan-Ekbatani et al. 2012, TR-B 46(10)):
 * <pre>  u_k = u_(k-1) + Kp (e_k - e_(k-1)) + Ki Δt e_k + (Kd / Δt) (e_k - 2 e_(k-1) + e_(k-2))</pre>
 * with the output clamped, conditional integration against windup, and once-per-cycle
 * application. There are no universal gains for signals in the literature: tune them per
 * scenario (e.g. by a Ziegler-Nichols sweep).
 */
package org.citysim.agents.signal.pid;
