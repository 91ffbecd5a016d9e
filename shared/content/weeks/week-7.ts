import type { Week } from '../course-types.ts';

export const week: Week = {
  number: 7,
  title: 'Support networks and community resources',
  summary: 'Peer support, family groups and local help: what they are, how to find them, and how to speak up.',
  minutes: 30,
  welcome: [
    'Many families carry this alone for a long time. You may feel that no one else would understand. You may worry about what people will think, or feel you should be able to cope on your own. These feelings are common, and they make sense.',
    'This week is about a wider circle. Other people have walked this road, and there is help out there for you and for {person}. Reaching out is not giving up. It is one of the kindest things you can do for both of you.',
  ],
  sections: [
    {
      id: 'a-wider-circle',
      title: 'No one can be everything',
      blocks: [
        'When someone we love is unwell, we often try to be all things at once. We become nurse, coach, driver, guard and friend. No one can keep that up for long. And no single person can meet all of anyone’s needs.',
        'Recovery tends to grow in a web of people, not along one thread. {Person} may find strength in a peer who has been there, a care worker they trust, a job, a class, a team or a place of worship. You are one strand in that web. An important one, but not the only one.',
        'You need a web too. People who support someone with a mental illness or a substance use problem often drift away from friends. Some feel shame. Some are simply too tired. Yet many families find that things get a little easier once they let others in.',
        'A wider circle can give you:',
        {
          list: [
            'people who understand without long explanations',
            'ideas and tips that others learned the hard way',
            'practical help, like a meal, a lift or a name to call',
            'a place to laugh, cry or just sit',
          ],
        },
        'Building that circle is not a betrayal of {person}. You can keep their private life private and still get support for yourself.',
      ],
    },
    {
      id: 'peer-and-family-support',
      title: 'Peer support and family groups',
      blocks: [
        'Peer support means help from someone who has lived through something like it. A peer does not give orders or advice from a book. They share what worked for them and show that life can get better.',
        'For the person you support, peer support might look like:',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              {
                list: [
                  'a peer support worker at a clinic or service',
                  'a group for people who hear voices or live with low mood',
                  'a recovery college, with free classes on living well, often taught by peers',
                  'an online forum or chat run by a trusted group',
                ],
              },
            ],
            'substance-use': [
              {
                list: [
                  'a peer support worker at a clinic or service',
                  'a mutual-help group, such as a 12-step group or another recovery group',
                  'a recovery group with a different approach, for people who find 12-step groups are not for them',
                  'an online forum or chat run by a trusted group',
                ],
              },
            ],
            both: [
              {
                list: [
                  'a peer support worker at a clinic or service',
                  'a mutual-help group, such as a 12-step group or another recovery group',
                  'a group for people who hear voices or live with low mood',
                  'a group for people working on both mental health and substance use',
                  'an online forum or chat run by a trusted group',
                ],
              },
            ],
          },
        },
        'Whether they join is their choice. Some try many groups before one fits. Some never like groups, and that is fine too.',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'For you, there are family support groups. These are for partners, parents, children, siblings and friends. Some are free courses run by families who have been through it. Others meet each week to share and listen. Look for groups for families affected by mental illness.',
            ],
            'substance-use': [
              'For you, there are family support groups. These are for partners, parents, children, siblings and friends. Some are free courses run by families who have been through it. Others meet each week to share and listen. Look for groups for people who love someone who drinks or uses drugs.',
            ],
            both: [
              'For you, there are family support groups. These are for partners, parents, children, siblings and friends. Some are free courses run by families who have been through it. Others meet each week to share and listen. There are groups for families affected by mental illness, and groups for those who love someone who drinks or uses drugs. Some welcome both.',
            ],
          },
        },
        'At a first meeting, you do not have to speak. You can just listen. Many people say they felt relief, even tears, on the way home. It can take two or three visits to know if a group is right for you. If one is not, try another.',
      ],
    },
    {
      id: 'community-resources',
      title: 'Help with daily life',
      blocks: [
        'Recovery is more than fewer symptoms. It is also a safe place to live, something to do each day and people to do it with. Many towns and cities have services that help with just these things. Names differ from place to place, but the kinds of help are much the same.',
        {
          list: [
            'Housing: support to find or keep a home, or a supported place to live for a while.',
            'Work: job coaching, help to return to work, or training that fits around health needs.',
            'Study: help at a college or adult learning centre, including extra support for students with health needs.',
            'Social life: drop-in centres, clubhouses, arts groups, sports clubs, faith and culture groups.',
            'Money and rights: advice on income, debts and benefits, and free legal help.',
          ],
        },
        'Some of these are for {person}. Some, like advice on money, may help you too.',
        'Here is the key thing. You can find out what exists. You can gather leaflets and phone numbers. But {person} chooses which doors to walk through. A programme they pick for themselves is far more likely to help than one chosen for them.',
        'If they say no today, that is not the end. Keep the details somewhere safe. People often come back to an idea when the time feels right to them.',
      ],
    },
    {
      id: 'finding-help-locally',
      title: 'How to find help where you live',
      blocks: [
        'Every country and region is different. But there are good places to start almost anywhere:',
        {
          list: [
            'your own doctor or health centre',
            'the care team of {person}, if they are happy for you to talk with them',
            'a national mental health or addiction helpline, which can point you to local help',
            'a national family or carer group, which may have a branch near you',
            'your library, community centre or local council',
            'an online search with plain words, such as “family support group” and the name of your town',
          ],
        },
        'A national family or carer group is often the best first call. We have listed some for each country we cover.',
        { kind: 'link', href: '/support', label: 'Find support in your country' },
        'One good contact often leads to others. People at a family group tend to know which services are kind and which have long waits.',
        'When you call, keep it simple. You might ask:',
        {
          list: [
            'Who is this service for?',
            'Does it cost anything?',
            'How do people start, and is there a wait?',
            'Do you know anyone else who could help?',
          ],
        },
        'Write down names, numbers and dates. Make one call at a time. If a call goes badly, or no one picks up, it is not your fault. Take a break, then try the next name on your list.',
      ],
    },
    {
      id: 'speaking-up',
      title: 'Speaking up',
      blocks: [
        'Advocacy simply means speaking up. You can speak up for yourself, with {person}, and for families like yours.',
        'With {person}, the goal is to help their voice be heard, not to replace it. Before an appointment, you might ask them what they want to say and how you can help. Some people like a supporter to take notes. Some want you to stay quiet unless they ask. Let them lead.',
        'Health workers may not be able to share details about an adult without their consent. That can be hard. But you can still share what you have seen, ask general questions, and learn what help exists. {Person} can also agree to let you know some things and not others.',
        'A few things help when you speak up:',
        {
          list: [
            'keep short notes of dates, what happened and who you spoke to',
            'write your questions down before you go',
            'stay calm and polite, and be clear about what you need',
            'ask for names and next steps before you hang up',
          ],
        },
        'Some families go on to speak up more widely. They share their story, join a family group, or help to fight stigma. That is a choice, not a duty. For now, speaking up for your own needs is a fine place to start.',
      ],
    },
  ],
  story: {
    title: 'The group in the library',
    variants: {
      'mental-illness': [
        'Kwame’s {relation}, Ama, lives with schizophrenia. For two years, Kwame told almost no one. He worked, came home, checked on Ama, and lay awake at night.',
        'One day he saw a poster at the library. It was for a free course for families of people with a mental illness. He nearly did not go. On the first night he sat by the door with his coat on.',
        'Then a woman spoke about her brother. She said he heard voices and did not think he was ill. Kwame felt his chest loosen. It was like hearing his own life out loud.',
        'Over the weeks, the group became a place he could be honest. Someone mentioned a clubhouse in town, where people with mental illness cook, work and spend time together. Kwame picked up a leaflet.',
        'He did not push it on Ama. He said, “I heard about this place. People say the lunches are good. No pressure. I’ll leave it on the table.” Ama shrugged.',
        'A month later, Ama went for lunch with a peer worker from their care team. They went back the next week, and the week after that.',
        'Kwame still goes to his group. He says the course did not fix Ama. It gave him friends who get it, and some peace at night.',
      ],
      'substance-use': [
        'Kwame’s {relation}, Ama, has been drinking heavily for years. For a long time, Kwame told almost no one. He covered for Ama, made excuses, and lay awake waiting for the sound of keys.',
        'One day he saw a poster at the library. It was for a weekly group for people who love someone who drinks or uses drugs. He nearly did not go. On the first night he sat by the door with his coat on.',
        'Then a woman spoke about her brother’s drinking. She said she had spent years trying to control it and it had worn her out. Kwame felt his chest loosen. It was like hearing his own life out loud.',
        'Over the weeks, the group became a place he could be honest. Someone mentioned a peer recovery coach at a local service, a person in long-term recovery who meets people where they are. Kwame saved the number.',
        'He did not push it on Ama. He said, “I heard about this. It’s someone who has been through it. No pressure. I’ll put the number on the fridge.” Ama said nothing.',
        'Two months later, after a bad weekend, Ama called the number. They met the coach for coffee, and then again.',
        'Kwame still goes to his group. He says the group did not stop Ama’s drinking. Ama is working on that in their own way. The group helped Kwame stop carrying it all alone.',
      ],
      both: [
        'Kwame’s {relation}, Ama, lives with depression and uses cannabis and alcohol to get through the day. For two years, Kwame told almost no one. He checked on Ama, phoned services, and lay awake at night.',
        'The hardest part was being sent in circles. The mental health team said to deal with the drinking first. The alcohol service said to sort out the mood first.',
        'One day he saw a poster at the library for a family support group. He nearly did not go. On the first night he sat by the door with his coat on.',
        'Then a man spoke about his daughter, who lived with anxiety and used drugs. He said the same thing had happened to them. Kwame felt his chest loosen.',
        'That man told him about a service in the next town that helps with both at the same time. Kwame wrote down the name. At home he said, “I found a place that works on mood and drinking together. Want me to sit with you if you call?”',
        'Ama said no. A few weeks later, they asked for the name again, and made the call themselves.',
        'Kwame still goes to his group. He says he learned that the right door is out there. Sometimes you need other families to help you find it.',
      ],
    },
    // Stories for readers who named a condition. Facts checked 2026-12-05 against:
    // - NIMH, Bipolar Disorder in Adults, https://www.nimh.nih.gov/health/publications/bipolar-disorder-in-adults
    //   (risky spending can come with a high phase; many people are well between episodes);
    // - Vanderbilt Health Library, Know the Symptoms of Depression,
    //   https://healthlibrary.vanderbilthealth.com/Library/DiseasesConditions/Adult/MentalHealth/3,84265
    //   (withdrawing from friends and old pleasures; low energy);
    // - Understanding Voices, Hearing Voices Groups, https://understandingvoices.com/peer-support/hearing-voices-groups/
    //   (peer support groups for people who hear voices, in many countries);
    // - SAMHSA, Treatment and Support Resources (ESMI), https://www.samhsa.gov/esmi-ta-center/providers/treatment-support-resources
    //   (first-episode psychosis programmes can treat substance use alongside psychosis).
    // The psychosis reader with a mental illness already meets schizophrenia in the situation story.
    byCondition: [
      {
        condition: 'bipolar',
        situation: 'mental-illness',
        blocks: [
          'Kwame’s {relation}, Ama, lives with bipolar disorder. Two years ago, during a high, Ama spent all their savings and ran up debts. Kwame told almost no one. He paid what he could, checked on Ama, and lay awake at night.',
          'One day he saw a poster at the library. It was for a free course for families of people with a mental illness. He nearly did not go. On the first night he sat by the door with his coat on.',
          'Then a man spoke about his wife’s highs and lows, and the bills that came after. Kwame felt his chest loosen. It was like hearing his own life out loud.',
          'Over the weeks, the group became a place he could be honest. Someone told him about a free money advice service. Soon the debts had a plan. Another person mentioned a peer group run by people who live with bipolar disorder. Kwame picked up a leaflet.',
          'He did not push it on Ama. He said, “I heard about this group. It’s run by people who know the highs and lows. No pressure. I’ll leave it on the table.” Ama shrugged.',
          'A few months later, in a steady spell, Ama went along. They came home and said, “Nobody looked at me like I was strange.”',
          'Kwame still goes to his group. He says the course did not fix Ama. It gave him friends who get it, a plan for the money, and some peace at night.',
        ],
      },
      {
        condition: 'depression',
        situation: 'mental-illness',
        blocks: [
          'Kwame’s {relation}, Ama, lives with depression. For two years, Kwame told almost no one. He went to work, came home, tried to coax Ama out of their room, and lay awake at night.',
          'One day he saw a poster at the library. It was for a free course for families of people with a mental illness. He nearly did not go. On the first night he sat by the door with his coat on.',
          'Then a woman spoke about her husband, who had stayed in bed for most of a year. Kwame felt his chest loosen. It was like hearing his own life out loud.',
          'Over the weeks, the group became a place he could be honest. Someone mentioned a walking group run by a mental health charity, for people who live with low mood. Kwame picked up a leaflet.',
          'He did not push it on Ama. He said, “People say it’s gentle, just an hour on Saturdays. No pressure. I’ll leave it on the table.” Ama said nothing.',
          'The group also taught him to speak up in a new way. Before Ama’s next doctor visit, he asked what Ama wanted to say, and how he could help. Ama asked him to come and take notes.',
          'Two months later, Ama went on a walk and left early. The next week, they stayed to the end.',
          'Kwame still goes to his group. He says the course did not fix Ama. It gave him friends who get it, and some peace at night.',
        ],
      },
      {
        condition: 'psychosis',
        situation: 'both',
        blocks: [
          'Kwame’s {relation}, Ama, lives with psychosis and drinks most days to drown out the voices. For two years, Kwame told almost no one. He checked on Ama, phoned services, and lay awake at night.',
          'The hardest part was the waiting. Each service seemed to want the other problem sorted first. Kwame felt he was the only one holding it all.',
          'One day he saw a poster at the library for a family support group. He nearly did not go. On the first night he sat by the door with his coat on.',
          'Then a mother spoke about her son, who heard voices and drank to quiet them. Kwame felt his chest loosen. It was like hearing his own life out loud.',
          'She told him two things. Her son’s early psychosis team had a worker who helped with both the voices and the drinking. And there was a hearing voices group in town, run by people who hear voices themselves.',
          'Kwame did not push. At home he said, “I heard there’s a group for people who hear voices. No one tells you what to think. And the team can help with the drinking too, if you ever want that.” Ama said no.',
          'A few weeks later, Ama asked for the group’s details. They went once, then again. Later, in their own time, they asked their team about the drinking.',
          'Kwame still goes to his group. He learned that he did not have to hold it all alone.',
        ],
      },
    ],
  },
  takeaways: [
    'No one can meet all of another person’s needs. A wider circle helps you both.',
    'Peer support comes from people who have been there. It gives hope in a way others can’t.',
    'Family groups are for you. You can go just to listen.',
    'You can find out what help exists. {Person} chooses what to use.',
    'Speaking up works best when it is calm, clear and led by {person} where it can be.',
  ],
  reflections: [
    {
      id: 'w7-who-is-in-my-circle',
      prompt: 'Who is in your circle right now? Who could you let in a little more?',
      hint: 'Think of friends, family, neighbours, people at work, a faith or culture group, or people online.',
    },
    {
      id: 'w7-what-holds-me-back',
      prompt: 'What has kept you from reaching out for support so far?',
      hint: 'There is no wrong answer. Shame, tiredness, privacy and not knowing where to look are all common.',
    },
  ],
  practice: {
    id: 'w7-practice',
    title: 'Make one connection',
    intro: [
      'This week, the skill is to reach out once. Not to build a whole network. Just one step toward one kind of support.',
      'It could be for you, like a family group. Or it could be finding out about something {person} has said they want, like help with work or a place to meet people.',
    ],
    steps: [
      'Choose one need. Pick the one that feels most pressing or most doable.',
      'Find two places that might help. Use your doctor, a helpline, a family group, the library or a plain online search.',
      'Write down what you want to ask before you call, write or visit.',
      'Make the contact. If you can, do it at a calm time of day, with a cup of tea and a pen nearby.',
      'Write down what you learned and one next step. If it was for {person}, share what you found and let them decide.',
    ],
    plan: [
      {
        id: 'w7-plan-need',
        label: 'What kind of support will I look for first?',
        hint: 'For example: a family group for me, or help with housing that {person} has asked about.',
      },
      {
        id: 'w7-plan-where',
        label: 'Where will I look, and when?',
        hint: 'Name one or two places and a day.',
      },
      {
        id: 'w7-plan-ask',
        label: 'What will I ask or say?',
        hint: 'A short line is enough, such as “I support a family member. Is this group open to me?”',
      },
      {
        id: 'w7-plan-tell',
        label: 'Who could I tell about it?',
        hint: 'Someone who will cheer you on, whatever happens.',
      },
    ],
  },
  selfCheck: [
    {
      id: 'w7-what-is-peer-support',
      question: 'What is peer support?',
      options: [
        { text: 'Help from someone who has lived through something similar', correct: true },
        { text: 'A kind of treatment only a doctor can give', correct: false },
        { text: 'Support from people the same age', correct: false },
      ],
      explanation:
        'A peer is someone who has been there. They may have lived with a mental illness, a substance use problem, or both, or they may be a family member who has supported someone. Their own story is what helps. It shows that things can get better.',
    },
    {
      id: 'w7-who-family-groups-are-for',
      question: 'Who is a family support group mainly for?',
      options: [
        { text: 'The person you support', correct: false },
        { text: 'You, the family member or friend', correct: true },
        { text: 'Only parents', correct: false },
      ],
      explanation:
        'Family groups are for the people doing the supporting: partners, parents, children, siblings and friends. Many people wait a long time before going, so if you have not been yet, you are in good company. You are welcome whenever you feel ready.',
    },
    {
      id: 'w7-sharing-a-resource',
      question: 'You find a work programme you think could help {person}. What fits the spirit of this course best?',
      options: [
        { text: 'Sign them up and tell them later', correct: false },
        { text: 'Share what you found, and let them decide', correct: true },
        { text: 'Keep bringing it up until they agree', correct: false },
      ],
      explanation:
        'It is natural to want to act when you see something that could help. Sharing the details and stepping back gives {person} the choice. People tend to stick with help they chose for themselves. If they say no, you can keep the details safe for later.',
    },
    {
      id: 'w7-where-to-start',
      question: 'Which of these are good places to start looking for local help?',
      options: [
        { text: 'Your own doctor or health centre', correct: true },
        { text: 'A national helpline or family group', correct: true },
        { text: 'Your library or community centre', correct: true },
        { text: 'Nowhere: help only exists in big cities', correct: false },
      ],
      explanation:
        'All three are good places to start, wherever you live. Help can be harder to find outside big cities, and some areas have less of it. But a phone call to a helpline or a national group can often point you to something nearby or online.',
    },
    {
      id: 'w7-speaking-up-well',
      question: 'You go with {person} to an appointment. What is a helpful way to speak up?',
      options: [
        { text: 'Ask beforehand what they want to say and how you can help', correct: true },
        { text: 'Answer every question for them so nothing is missed', correct: false },
        { text: 'Bring short notes and your questions written down', correct: true },
      ],
      explanation:
        'Good advocacy helps their voice be heard rather than replacing it. Asking first, bringing notes and letting them lead where they can all help. If you have spoken over them in the past, that is very human. It usually comes from love and worry.',
    },
  ],
  forYou: {
    title: 'Let one person in',
    blocks: [
      'This week, tell one person you trust a little about what you are carrying. You do not have to share everything, or anything private about {person}. You could simply say, “Things have been hard at home. I could use a friend.”',
      'If there is no one you feel able to tell yet, that is okay. Look up one family group, and read about it. Just knowing it is there can make the load feel lighter.',
    ],
  },
};
