# objection.lex (español): lo que frena la compra.
# Same ten categories and boundaries as en/objection.lex (see labeling.md).

[budget] Presupuesto / precio
description: El precio es el problema: demasiado caro, no hay presupuesto o ya está comprometido, piden descuento, más barato en otro sitio. No cuando el precio se declara bien o compensado ("no es barato, pero vale cada euro").
match: Es demasiado caro para un equipo de cinco personas.
match: No hay presupuesto hasta el año que viene.
match: Si podéis llegar a un 25 % de descuento, lo presentamos de nuevo.
match: El comité de compras la considera cara.
nomatch: El precio no es problema.

demasiado caro
caro
costoso
precio ~3 alto
precios ~3 altos
precio ~3 elevado
no hay presupuesto
sin presupuesto
no tenemos presupuesto
presupuesto ~4 agotado
presupuesto ~4 comprometido
presupuesto ~4 congelado
presupuesto ~4 ajustado
no podemos permitir*
descuento
rebaja
más barato
mitad de precio
la mitad
pagar dos veces
subida de precio
unless: no es problema
unless: no es un problema
unless: precio está bien
unless: vale la pena
unless: merece la pena
unless: no nos preocupa

[authority] Autoridad
description: Otra persona debe aprobar o firmar: el jefe, la dirección, el consejo, el comité de compras, una licitación obligatoria. No cuando la aprobación ya se dio.
match: Necesita la aprobación del consejo.
match: No soy quien decide, lo decide mi jefe.
match: Lo volvemos a presentar al comité.
nomatch: El consejo ya lo aprobó.

aprobación
aprobar ~3 tiene
tiene que aprobar
debe aprobar
firma ~4 director
comité
consejo
junta directiva
dirección ~4 decid*
no soy quien decide
quien decide
lo decide
decide mi jefe
mi jefe ~4 decid*
licitación
concurso
compras ~4 aprob*
unless: ya aprobó
unless: ya lo aprobó

[need] Necesidad
description: No hay necesidad clara ni valor percibido: no lo necesitamos, no es prioridad, no vemos el valor, somos demasiado pequeños.
match: La verdad es que no lo necesitamos.
match: No es una prioridad para nosotros.
match: No vemos la necesidad.
nomatch: La necesidad está clarísima.

no lo necesitamos
no necesitamos
no hace falta
no es prioridad
no es una prioridad
no es prioritario
no vemos la necesidad
no vemos el valor
no ve la necesidad
no le vemos
sin necesidad
no nos interesa
no estamos interesados
demasiado pequeños

[timing] Momento
description: Un aplazamiento explícito: ahora no, este año no, el año que viene, en el T3, después de la reorganización. No aplazamientos condicionales ni reuniones movidas.
match: Este año no, escríbeme en noviembre.
match: No hay presupuesto hasta 2027.
match: Lo retomamos el próximo trimestre.
nomatch: ¿Podemos mover la llamada al jueves?

negation: off
este año no
no este año
ahora no
no es el momento
año que viene
próximo año
próximo trimestre
más adelante
hasta 2026
hasta 2027
"2026"
"2027"
hasta que venza
escríbeme en
llámame en
llamar en
después de la reorganización
reorganización
a partir de

[competitor] Competidor (proveedor)
description: Otro proveedor concreto está en juego: ya lo usan, lo evalúan, lo comparan o lo usan como palanca de precio. No una herramienta abandonada ni los competidores de mercado del cliente (fear_of_loss).
match: Ya usan otra plataforma en su contact center.
match: Otro proveedor nos ofrece prácticamente lo mismo por menos.
nomatch: Nuestros competidores ya lo usan.

ya usan
ya usamos
ya utilizamos
ya trabajamos con
otro proveedor
otros proveedores
otra plataforma
otra solución
proveedor actual
solución actual
seguimos con
comparar con
nos ofrece
les ofrece
unless: dejamos
unless: cancelamos
# --- list your competitors here (user-editable) ---
quotaview
dealcraft
pipeharbor
corvane
nimbrella
# --- end of the competitor list ---

[status_quo] Statu quo
description: Lo actual funciona o el cambio cuesta: Excel basta, nadie se queja, lo hacemos así desde hace años, lo desarrollamos internamente.
match: Nuestro CRM ya hace previsiones y nadie se queja.
match: Con Excel nos basta.
match: No quieren cambiar de herramienta.
nomatch: Por fin dejamos Excel.

nadie se queja
nos basta
es suficiente
funciona bien
ya hace
desde hace años
no quieren cambiar
no queremos cambiar
internamente
desarrollarlo nosotros
a medida

[risk] Riesgo / seguridad
description: Duda o bloqueo por seguridad, cumplimiento, privacidad, ubicación de los datos o solidez del proveedor. La seguridad elogiada es trust_risk.
match: Los datos tienen que quedarse en la UE por el RGPD.
match: Nos preocupa la seguridad de los datos.
nomatch: La seguridad nos dio mucha confianza.

rgpd
protección de datos
privacidad
datos ~4 ue
datos ~4 europa
fuera de la ue
preocupa* ~3 seguridad
seguridad ~3 preocupa*
riesgo
cumplimiento
unless: confianza

[implementation] Esfuerzo de implantación
description: El esfuerzo es el obstáculo: integración, migración, configuración, sin recursos ni capacidad de IT, formación.
match: Nuestro equipo de IT no tiene capacidad para otra integración.
match: La migración de los datos nos preocupa.
nomatch: La puesta en marcha fue rapidísima.

migración
no tiene capacidad
sin capacidad
no tenemos capacidad
sin recursos
no tenemos recursos
falta de recursos
desbordados
saturados
integración ~4 esfuerzo
integración ~4 complej*
formación ~3 esfuerzo
mucho trabajo

[product_fit] Encaje del producto
description: El producto no encaja: falta una función o integración, no sirve para su caso, limitaciones, errores, cierres inesperados.
match: Echo de menos la integración con WhatsApp Business.
match: La app se cierra sola cada dos por tres.
match: No encaja con nuestra forma de vender.
nomatch: Ningún error desde que lo usamos.

echo de menos
echamos de menos
falta
le falta
no tiene
no encaja
no sirve
no funciona
no permite
no soporta
se cierra
error*
fallo*
lento
limitad*
unless: ningún error
unless: sin errores

[contract] Contrato / condiciones
description: Las condiciones son el tema: duración, renovación automática, cancelación, preaviso, responsabilidad, DPA, revisión legal, precio fijo, condiciones de pago. No el contrato de un competidor ni condiciones ya acordadas.
match: Queremos un contrato de 12 meses sin renovación automática.
match: Nuestro departamento legal tiene que revisar las cláusulas.
nomatch: Las condiciones ya están acordadas.

contrato de ~3 meses
contrato ~3 meses
duración del contrato
renovación automática
sin renovación automática
cancelación
preaviso
cláusula*
responsabilidad
legal
jurídico
dpa
condiciones de pago
precio fijo
permanencia
unless: acordadas
unless: firmado
unless: hasta que venza

