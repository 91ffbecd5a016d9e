
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's10bbc1c368364cce': `Alongside es para aprender y acompañar. No es un tratamiento y no sustituye la atención de un profesional. Todo lo que escribes se queda en este dispositivo.`,
's49e763aed00877a8': `Principal`,
's5d8b4ca459b9a978': `Diario`,
's6188be7afe533b79': `Herramientas`,
's6abb1cd87fe0114e': `Inicio`,
's6ebc9bd6feae62a3': `Cargando…`,
's8b2d8ad312cb7b71': `¿Necesitas ayuda ahora?`,
's9d8b8aa2b404c2c8': `Configuración`,
'sa9bdeb9484e61ab1': `Esta pantalla no se abrió`,
'sb406100c56907700': `No encontramos esa página`,
'scd1dd6ff53d0d01a': `Intentar de nuevo`,
'sd0851cd8219df1ba': `Puede pasar si no tienes conexión, o justo después de que Alongside se actualice. No se perdió nada de lo que escribiste.`,
'sd55a620f87ff1278': `Puede que haya cambiado de lugar.`,
'sd5e9b70ffb7a8b46': `Saltar al contenido`,
'se46604e4550a957d': `Ir a la página de inicio`,
'sea21329738e3a07c': `Página no encontrada · Alongside`,
'sfe6997d1d2c69018': `Curso`,
    };
  